package org.summittracker.person.admin;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.summittracker.nation.Nation;
import org.summittracker.person.Person;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What an editor types for a leader, minister or official; maps to the entity in
 * {@link PersonEditing}.
 */
public class PersonForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotBlank
	@Size(max = 200)
	private String sortName;

	@Size(max = 80)
	@Pattern(regexp = "^$|^[a-z0-9]+(-[a-z0-9]+)*$")
	private String slug;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate birthDate;

	private Nation nationality;

	private Long version;

	static PersonForm from(Person person) {
		PersonForm form = new PersonForm();
		form.name = person.getName();
		form.sortName = person.getSortName();
		form.slug = person.getSlug();
		form.birthDate = person.getBirthDate();
		form.nationality = person.getNationality();
		form.version = person.getVersion();
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSortName() {
		return this.sortName;
	}

	public void setSortName(String sortName) {
		this.sortName = sortName;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public LocalDate getBirthDate() {
		return this.birthDate;
	}

	public void setBirthDate(LocalDate birthDate) {
		this.birthDate = birthDate;
	}

	public Nation getNationality() {
		return this.nationality;
	}

	public void setNationality(Nation nationality) {
		this.nationality = nationality;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
