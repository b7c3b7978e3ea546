package org.summittracker.summit.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.summittracker.admin.Lookups;
import org.summittracker.nation.Nation;
import org.summittracker.person.OfficeRepository;
import org.summittracker.person.Person;
import org.summittracker.summit.Attendance;
import org.summittracker.summit.AttendanceRepository;
import org.summittracker.summit.Summit;
import org.summittracker.system.Option;
import org.summittracker.system.RecordEditing;
import org.summittracker.system.References;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Adds, changes and removes a summit's attendance rows: finds whom the pickers name, and
 * warns where a row looks wrong. The form checks its own rules; the database keeps one
 * row per person at a summit, reported on the field by {@code ConstraintMessages}.
 */
@Service
@Transactional
public class AttendanceEditing extends RecordEditing<Attendance, AttendanceRepository, AttendanceForm> {

	/** The constraints whose names do not say the field to fix. */
	public static final Map<String, String> CONSTRAINT_FIELDS = Map.of("attendance_one_row_per_person", "personLabel",
			"attendance_names_someone", "personLabel", "attendance_represents_one", "organization",
			"attendance_not_instead_of_self", "insteadOfLabel", "attendance_nation_id_key", "nationLabel",
			"attendance_organization_id_key", "organization");

	private final Lookups lookups;

	private final EntityManager entities;

	private final JdbcTemplate jdbc;

	private final OfficeRepository offices;

	AttendanceEditing(AttendanceRepository attendances, Lookups lookups, EntityManager entities, JdbcTemplate jdbc,
			OfficeRepository offices, References references) {
		super("attendance", "/admin/attendance", "attendance", attendances, references);
		this.lookups = lookups;
		this.entities = entities;
		this.jdbc = jdbc;
		this.offices = offices;
	}

	/** The offices an attendee may have held on the day, to choose from. */
	@Transactional(readOnly = true)
	public List<Option> officeOptions() {
		return this.offices.findOptions();
	}

	@Transactional(readOnly = true)
	public AttendanceForm formFor(Long id) {
		return formOf(get(id));
	}

	/** The row's form, its pickers naming whom the row names. */
	@Override
	public AttendanceForm formOf(Attendance attendance) {
		AttendanceForm form = AttendanceForm.from(attendance);
		form.personLabel = this.lookups.personLabel(form.personId);
		form.insteadOfLabel = this.lookups.personLabel(form.insteadOfId);
		form.nationLabel = this.lookups.nationLabel(form.nationId);
		return form;
	}

	/**
	 * Whom the pickers name: the id chosen from the list while the text still reads as
	 * that record, otherwise whoever the typed text names unambiguously (so the form
	 * works without JavaScript too); a name that fits no one is an error on its field.
	 */
	@Transactional(readOnly = true)
	public void resolve(AttendanceForm form, Errors errors) {
		form.personId = resolve(form.personId, form.personLabel, this.lookups::personLabel, this.lookups::personNamed,
				"personLabel", "attendance.person.unknown", errors);
		form.insteadOfId = resolve(form.insteadOfId, form.insteadOfLabel, this.lookups::personLabel,
				this.lookups::personNamed, "insteadOfLabel", "attendance.person.unknown", errors);
		form.nationId = resolve(form.nationId, form.nationLabel, this.lookups::nationLabel, this.lookups::nationNamed,
				"nationLabel", "attendance.nation.unknown", errors);
	}

	/** Judgements rather than errors: the editor may confirm and save anyway. */
	@Transactional(readOnly = true)
	public List<DefaultMessageSourceResolvable> warnings(Summit summit, AttendanceForm form) {
		if (form.personId == null || form.confirmed) {
			return List.of();
		}
		Boolean holdsOffice = this.jdbc.queryForObject("""
				select exists (select 1 from tenure t where t.person_id = ? and t.start_date <= ?
				  and (t.end_date is null or partial_date_last_day(t.end_date, t.end_precision) >= ?))""",
				Boolean.class, form.personId, summit.getStartDate(), summit.getStartDate());
		return Boolean.TRUE.equals(holdsOffice) ? List.of()
				: List.of(new DefaultMessageSourceResolvable(new String[] { "attendance.warning.noOffice" },
						new Object[] { this.lookups.personLabel(form.personId), summit.getStartDate() }));
	}

	public Attendance create(Summit summit, AttendanceForm form) {
		Attendance attendance = new Attendance(summit, reference(Person.class, form.personId),
				reference(Nation.class, form.nationId), form.organization, form.capacity, form.status);
		apply(attendance, form);
		return store(attendance);
	}

	/**
	 * Changes the row {@code id}; a new row is added to its summit by {@link #create}.
	 */
	@Override
	public Attendance save(Long id, AttendanceForm form) {
		Attendance attendance = current(id, form.version);
		apply(attendance, form);
		return store(attendance);
	}

	/** How the delete pages name a row: "Xi Jinping (China) · SCO Summit 2024". */
	@Override
	public Shown shown(Attendance attendance) {
		String summitPage = "/summits/" + attendance.getSummit().getSlug();
		return new Shown(formOf(attendance).personLabel + " · " + attendance.getSummit().getName(), summitPage,
				summitPage);
	}

	private void apply(Attendance attendance, AttendanceForm form) {
		attendance.update(reference(Person.class, form.personId), reference(Nation.class, form.nationId),
				form.organization, form.capacity, form.standing, form.status, reference(Person.class, form.insteadOfId),
				form.office, form.note);
	}

	private static Long resolve(Long id, String label, Function<Long, String> labelOf,
			Function<String, Optional<Long>> named, String field, String unknown, Errors errors) {
		if (label == null) {
			return null;
		}
		if (id != null && label.equalsIgnoreCase(labelOf.apply(id))) {
			return id;
		}
		return named.apply(label).orElseGet(() -> {
			errors.rejectValue(field, unknown);
			return null;
		});
	}

	private <T> T reference(Class<T> type, Long id) {
		return (id != null) ? this.entities.getReference(type, id) : null;
	}

}
