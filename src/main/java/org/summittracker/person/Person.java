package org.summittracker.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.summittracker.nation.Nation;
import org.summittracker.source.Source;

/**
 * A leader, minister or official (Popolo Person), with the other spellings sources use.
 */
@Entity
@Audited
public class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	private String sortName;

	private LocalDate birthDate;

	@ManyToOne(fetch = FetchType.LAZY)
	private Nation nationality;

	@OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("name")
	private List<PersonName> otherNames = new ArrayList<>();

	@Version
	private long version;

	protected Person() {
	}

	public Person(String slug, String name, String sortName, Nation nationality) {
		this.slug = slug;
		this.name = name;
		this.sortName = sortName;
		this.nationality = nationality;
	}

	/** Changes what the person is called and where they come from. */
	public void update(String slug, String name, String sortName, LocalDate birthDate, Nation nationality) {
		if (slug == null || slug.isBlank() || name == null || name.isBlank() || sortName == null
				|| sortName.isBlank()) {
			throw new IllegalArgumentException("A person needs a slug, a name and a sort name");
		}
		this.slug = slug;
		this.name = name;
		this.sortName = sortName;
		this.birthDate = birthDate;
		this.nationality = nationality;
	}

	/**
	 * Whether the person already has this other name (a person has each other name once).
	 */
	public boolean hasOtherName(String otherName) {
		return this.otherNames.stream().anyMatch((n) -> n.getName().equals(otherName));
	}

	/** Records another spelling of the person's name, as a source gives it. */
	public PersonName addOtherName(String otherName, NameKind kind, Source source) {
		if (hasOtherName(otherName)) {
			throw new IllegalArgumentException(this.name + " already has the other name " + otherName);
		}
		PersonName added = new PersonName(this, otherName, kind, source);
		this.otherNames.add(added);
		return added;
	}

	/** Forgets one of the person's other names; false if the person has no such name. */
	public boolean removeOtherName(Long otherNameId) {
		return this.otherNames.removeIf((n) -> n.getId().equals(otherNameId));
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getSortName() {
		return this.sortName;
	}

	public LocalDate getBirthDate() {
		return this.birthDate;
	}

	public Nation getNationality() {
		return this.nationality;
	}

	public List<PersonName> getOtherNames() {
		return this.otherNames;
	}

	public long getVersion() {
		return this.version;
	}

	@Override
	public String toString() {
		return this.name;
	}

}
