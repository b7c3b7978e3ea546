package org.summittracker.summit.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.summittracker.admin.Lookups;
import org.summittracker.person.Person;
import org.summittracker.nation.Nation;
import org.summittracker.organization.Organization;
import org.summittracker.summit.Attendance;
import org.summittracker.summit.AttendanceRepository;
import org.summittracker.summit.Summit;
import org.summittracker.system.RecordNotFoundException;
import org.summittracker.system.StaleEditException;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Adds, changes and removes a summit's attendance rows, with the rules and warnings a
 * form alone cannot check.
 */
@Service
@Transactional
class AttendanceEditing {

	static final Map<String, String> CONSTRAINT_FIELDS = Map.of("attendance_one_row_per_person", "personLabel",
			"attendance_names_someone", "personLabel", "attendance_represents_one", "organizationId",
			"attendance_not_instead_of_self", "insteadOfLabel");

	private final AttendanceRepository attendances;

	private final Lookups lookups;

	private final EntityManager entities;

	private final JdbcTemplate jdbc;

	AttendanceEditing(AttendanceRepository attendances, Lookups lookups, EntityManager entities, JdbcTemplate jdbc) {
		this.attendances = attendances;
		this.lookups = lookups;
		this.entities = entities;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Attendance get(Long id) {
		return this.attendances.findById(id)
			.orElseThrow(() -> new RecordNotFoundException("attendance row", String.valueOf(id)));
	}

	@Transactional(readOnly = true)
	public Summit summit(Long id) {
		Summit summit = this.entities.find(Summit.class, id);
		if (summit == null) {
			throw new RecordNotFoundException("summit", String.valueOf(id));
		}
		return summit;
	}

	@Transactional(readOnly = true)
	public AttendanceForm formFor(Long id) {
		AttendanceForm form = AttendanceForm.from(get(id));
		form.setPersonLabel(this.lookups.personLabel(form.getPersonId()));
		form.setInsteadOfLabel(this.lookups.personLabel(form.getInsteadOfId()));
		form.setNationLabel(this.lookups.nationLabel(form.getNationId()));
		return form;
	}

	/**
	 * Resolves the people typed into the pickers, then checks the rules; each error lands
	 * on the field to fix.
	 */
	@Transactional(readOnly = true)
	public void check(Long summitId, AttendanceForm form, Long attendanceId, Errors errors) {
		resolve(form, errors);
		if (form.getPersonId() == null && form.getNationId() == null && form.getOrganizationId() == null
				&& !errors.hasFieldErrors("personLabel")) {
			errors.rejectValue("personLabel", "attendance.someone.required");
		}
		if (form.getNationId() != null && form.getOrganizationId() != null) {
			errors.rejectValue("organizationId", "attendance.represents.one");
		}
		if (form.getPersonId() != null
				&& this.attendances.personAlreadyListed(summitId, form.getPersonId(), attendanceId)) {
			errors.rejectValue("personLabel", "attendance.person.duplicate");
		}
		if (form.getInsteadOfId() != null && form.getInsteadOfId().equals(form.getPersonId())) {
			errors.rejectValue("insteadOfLabel", "attendance.insteadOf.self");
		}
	}

	/** Judgements rather than errors: the editor may confirm and save anyway. */
	@Transactional(readOnly = true)
	public List<DefaultMessageSourceResolvable> warnings(Long summitId, AttendanceForm form) {
		List<DefaultMessageSourceResolvable> warnings = new ArrayList<>();
		if (form.getPersonId() == null) {
			return warnings;
		}
		Summit summit = summit(summitId);
		Boolean holdsOffice = this.jdbc.queryForObject("""
				select exists (select 1 from tenure t where t.person_id = ? and t.start_date <= ?
				  and (t.end_date is null or case t.end_precision
				         when 'YEAR' then (t.end_date + interval '1 year' - interval '1 day')::date
				         when 'MONTH' then (t.end_date + interval '1 month' - interval '1 day')::date
				         else t.end_date end >= ?))""", Boolean.class, form.getPersonId(), summit.getStartDate(),
				summit.getStartDate());
		if (!Boolean.TRUE.equals(holdsOffice)) {
			warnings.add(new DefaultMessageSourceResolvable(new String[] { "attendance.warning.noOffice" },
					new Object[] { this.lookups.personLabel(form.getPersonId()), summit.getStartDate() }));
		}
		return warnings;
	}

	public Attendance create(Long summitId, AttendanceForm form) {
		Attendance attendance = new Attendance(summit(summitId), person(form.getPersonId()),
				find(Nation.class, form.getNationId()), find(Organization.class, form.getOrganizationId()),
				form.getCapacity(), form.getStatus());
		apply(attendance, form);
		return this.attendances.save(attendance);
	}

	public Attendance update(Long id, AttendanceForm form) {
		Attendance attendance = get(id);
		if (form.getVersion() == null || form.getVersion() != attendance.getVersion()) {
			throw new StaleEditException("Attendance " + id, (form.getVersion() != null) ? form.getVersion() : -1,
					attendance.getVersion());
		}
		apply(attendance, form);
		return attendance;
	}

	public Summit delete(Long id) {
		Attendance attendance = get(id);
		Summit summit = attendance.getSummit();
		this.attendances.delete(attendance);
		return summit;
	}

	private void apply(Attendance attendance, AttendanceForm form) {
		attendance.update(person(form.getPersonId()), find(Nation.class, form.getNationId()),
				find(Organization.class, form.getOrganizationId()), form.getCapacity(), form.getStanding(),
				form.getStatus(), person(form.getInsteadOfId()),
				(form.getNote() == null || form.getNote().isBlank()) ? null : form.getNote().trim());
	}

	private void resolve(AttendanceForm form, Errors errors) {
		form.setPersonId(resolvePerson(form.getPersonId(), form.getPersonLabel(), "personLabel", errors));
		form.setInsteadOfId(resolvePerson(form.getInsteadOfId(), form.getInsteadOfLabel(), "insteadOfLabel", errors));
		form.setNationId(resolveNation(form.getNationId(), form.getNationLabel(), errors));
	}

	private Long resolveNation(Long id, String label, Errors errors) {
		if (label == null || label.isBlank()) {
			return null;
		}
		if (id != null && label.trim().equalsIgnoreCase(this.lookups.nationLabel(id))) {
			return id;
		}
		return this.lookups.nationNamed(label).orElseGet(() -> {
			errors.rejectValue("nationLabel", "attendance.nation.unknown");
			return null;
		});
	}

	/**
	 * The person a picker names: the id chosen from the list while the text still reads
	 * as that person, otherwise whoever the typed text names unambiguously (so the form
	 * works without JavaScript too).
	 */
	private Long resolvePerson(Long id, String label, String field, Errors errors) {
		if (label == null || label.isBlank()) {
			return null;
		}
		if (id != null && label.trim().equalsIgnoreCase(this.lookups.personLabel(id))) {
			return id;
		}
		return this.lookups.personNamed(label).orElseGet(() -> {
			errors.rejectValue(field, "attendance.person.unknown");
			return null;
		});
	}

	private Person person(Long id) {
		return find(Person.class, id);
	}

	private <T> T find(Class<T> type, Long id) {
		if (id == null) {
			return null;
		}
		T found = this.entities.find(type, id);
		if (found == null) {
			throw new RecordNotFoundException(type.getSimpleName().toLowerCase(), String.valueOf(id));
		}
		return found;
	}

}
