package org.summittracker.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.hibernate.envers.Audited;
import org.summittracker.nation.Nation;
import org.summittracker.system.WikidataRecord;

/**
 * A leader, minister or official (Popolo Person), with the other spellings sources use.
 */
@Entity
@Audited
public class Person extends WikidataRecord {

	private String slug;

	private String name;

	private String sortName;

	private LocalDate birthDate;

	@ManyToOne(fetch = FetchType.LAZY)
	private Nation nationality;

	@OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("name")
	private List<PersonName> otherNames = new ArrayList<>();

	protected Person() {
	}

	public Person(String slug, String name, String sortName, Nation nationality) {
		update(slug, name, sortName, null, nationality);
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
	 * Records another spelling of the person's name; the sources that use it are cited
	 * separately. A person has each other name once (the database's
	 * {@code person_name_person_id_name_key}).
	 */
	public PersonName addOtherName(String otherName, NameKind kind) {
		PersonName added = new PersonName(this, otherName, kind);
		this.otherNames.add(added);
		return added;
	}

	/** Forgets one of the person's other names; false if the person has no such name. */
	public boolean removeOtherName(Long otherNameId) {
		return this.otherNames.removeIf((n) -> n.getId().equals(otherNameId));
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

	@Override
	public String toString() {
		return this.name;
	}

}
