package org.summittracker.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.summittracker.admin.Lookups;
import org.summittracker.person.Person;
import org.summittracker.nation.Nation;
import org.summittracker.organization.Organization;
import org.summittracker.summit.Attendance;
import org.summittracker.summit.AttendanceRepository;
import org.summittracker.summit.AttendanceStanding;
import org.summittracker.summit.AttendanceStatus;
import org.summittracker.summit.Capacity;
import org.summittracker.summit.Summit;
import org.summittracker.system.ConstraintMessages;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Attendance rows of one summit from CSV: the attendance form's rules for every row
 * (someone named, a nation or an organization but not both, known names, capacity and
 * status given, nobody sent instead of themselves), one row per person at the summit
 * counting both the rows already saved and the other rows of the file.
 */
@Component
class AttendanceImport implements RowImport<AttendanceImport.Line> {

	private final AttendanceRepository attendances;

	private final Lookups lookups;

	private final JdbcTemplate jdbc;

	private final EntityManager entities;

	AttendanceImport(AttendanceRepository attendances, Lookups lookups, JdbcTemplate jdbc, EntityManager entities) {
		this.attendances = attendances;
		this.lookups = lookups;
		this.jdbc = jdbc;
		this.entities = entities;
	}

	@Override
	public Checked<Line> check(CsvFile file) {
		Pass pass = new Pass(new Names(this.jdbc, this.lookups));
		List<Preview.Row> rows = new ArrayList<>();
		List<Line> lines = new ArrayList<>();
		for (CsvFile.Row row : file.rows()) {
			RowCheck check = new RowCheck(file, row);
			Line line = pass.check(check);
			rows.add(check.result());
			if (!check.hasProblems()) {
				lines.add(line);
			}
		}
		String target = (pass.summit != null) ? "/summits/" + pass.summit.slug() : "/summits";
		return new Checked<>(new Preview(ImportKind.ATTENDANCE, file.header(), rows, file.problems(), target), lines);
	}

	@Override
	public void write(List<Line> lines) {
		for (Line line : lines) {
			Person person = reference(Person.class, line.person());
			Nation nation = reference(Nation.class, line.nation());
			Organization organization = reference(Organization.class, line.organization());
			Attendance attendance = new Attendance(reference(Summit.class, line.summit()), person, nation, organization,
					line.capacity(), line.status());
			attendance.update(person, nation, organization, line.capacity(), line.standing(), line.status(),
					reference(Person.class, line.insteadOf()), line.note());
			try {
				this.attendances.save(attendance);
			}
			catch (DataIntegrityViolationException ex) {
				throw new ImportRefusedException(line.line(), ConstraintMessages.constraintOf(ex), ex);
			}
		}
	}

	/** One pass over a file: what the rows before the current one named. */
	private final class Pass {

		private final Names names;

		/** The summit the file is for: the first one a row names. */
		private Names.Found summit;

		private int summitLine;

		/** The line each person is first listed on. */
		private final Map<Long, Integer> people = new HashMap<>();

		Pass(Names names) {
			this.names = names;
		}

		/** The row as it would be written, its problems added to the check. */
		Line check(RowCheck check) {
			Names.Found rowSummit = check.find("summit", true, this.names::summit, "imports.summit.unknown");
			if (rowSummit != null && this.summit == null) {
				this.summit = rowSummit;
				this.summitLine = check.line();
			}
			else if (rowSummit != null && !rowSummit.id().equals(this.summit.id())) {
				check.reject("summit", "imports.summit.other", this.summit.slug(), this.summitLine);
			}
			Names.Found person = check.find("person", false, this.names::person, "imports.person.unknown");
			Names.Found nation = check.find("nation", false, this.names::nation, "imports.nation.unknown");
			Names.Found organization = check.find("organization", false, this.names::organization,
					"imports.organization.unknown");
			if (check.text("person").isEmpty() && check.text("nation").isEmpty()
					&& check.text("organization").isEmpty()) {
				check.reject("person", "attendance.someone.required");
			}
			if (!check.text("nation").isEmpty() && !check.text("organization").isEmpty()) {
				check.reject("organization", "attendance.represents.one");
			}
			Capacity capacity = check.choice("capacity", Capacity.class, true);
			AttendanceStanding standing = check.choice("standing", AttendanceStanding.class, false);
			AttendanceStatus status = check.choice("status", AttendanceStatus.class, true);
			Names.Found insteadOf = check.find("instead_of", false, this.names::person, "imports.person.unknown");
			String note = check.note("note");
			if (person != null && insteadOf != null && person.id().equals(insteadOf.id())) {
				check.reject("instead_of", "attendance.insteadOf.self");
			}
			if (person != null && rowSummit != null) {
				Integer earlier = this.people.putIfAbsent(person.id(), check.line());
				if (earlier != null) {
					check.reject("person", "imports.person.duplicateInFile", earlier);
				}
				if (AttendanceImport.this.attendances.personAlreadyListed(rowSummit.id(), person.id(), null)) {
					check.reject("person", "attendance.person.duplicate");
				}
			}
			return new Line(check.line(), id(rowSummit), id(person), id(nation), id(organization), capacity, standing,
					status, id(insteadOf), note);
		}

	}

	private <T> T reference(Class<T> type, Long id) {
		return (id != null) ? this.entities.getReference(type, id) : null;
	}

	private static Long id(Names.Found found) {
		return (found != null) ? found.id() : null;
	}

	/** A good row, ready to be added. */
	record Line(int line, Long summit, Long person, Long nation, Long organization, Capacity capacity,
			AttendanceStanding standing, AttendanceStatus status, Long insteadOf, String note) {

	}

}
