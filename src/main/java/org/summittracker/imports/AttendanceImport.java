package org.summittracker.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.summittracker.admin.Lookups;
import org.summittracker.summit.AttendanceStanding;
import org.summittracker.summit.AttendanceStatus;
import org.summittracker.summit.Capacity;
import org.summittracker.summit.Summit;
import org.summittracker.summit.admin.AttendanceEditing;
import org.summittracker.summit.admin.AttendanceForm;

import org.springframework.stereotype.Component;

/**
 * Attendance rows of one summit from CSV: each row is the attendance form, checked and
 * saved as the form is. The file adds what a form does not need: the summit each row
 * names (one per file), people named by their page's address too, and one row per person
 * within the file.
 */
@Component
class AttendanceImport implements RowImport {

	/** The columns that fill form fields named otherwise. */
	private static final Map<String, String> COLUMNS = Map.of("personLabel", "person", "nationLabel", "nation",
			"insteadOfLabel", "instead_of");

	private final AttendanceEditing editing;

	private final FormRows forms;

	private final Lookups lookups;

	private final EntityManager entities;

	AttendanceImport(AttendanceEditing editing, FormRows forms, Lookups lookups, EntityManager entities) {
		this.editing = editing;
		this.forms = forms;
		this.lookups = lookups;
		this.entities = entities;
	}

	@Override
	public Checked check(CsvFile file, boolean tryWrites) {
		Names names = this.forms.names();
		Names.Found summit = null;
		int summitLine = 0;
		Map<Long, Integer> people = new HashMap<>();
		List<Preview.Row> rows = new ArrayList<>();
		List<Checked.Write> writes = new ArrayList<>();
		for (CsvFile.Row line : file.rows()) {
			AttendanceForm form = new AttendanceForm();
			FormRow row = this.forms.row(file, line, form, "attendanceForm", COLUMNS);
			Names.Found rowSummit = row.find("summit", names::summit, "imports.summit.unknown");
			if (row.text("summit").isEmpty()) {
				row.reject("summit", "NotBlank");
			}
			else if (rowSummit != null && summit == null) {
				summit = rowSummit;
				summitLine = row.line();
			}
			else if (rowSummit != null && !rowSummit.id().equals(summit.id())) {
				row.reject("summit", "imports.summit.other", summit.slug(), summitLine);
			}
			Map<String, Object> values = new HashMap<>();
			person(row, names, "personId", "personLabel", values);
			person(row, names, "insteadOfId", "insteadOfLabel", values);
			Names.Found nation = names.nation(row.text("nationLabel")).orElse(null);
			values.put("nationId", (nation != null) ? nation.id() : null);
			values.put("nationLabel",
					(nation != null) ? this.lookups.nationLabel(nation.id()) : row.text("nationLabel"));
			Names.Found organization = row.find("organization", names::organization, "imports.organization.unknown");
			values.put("organization", (organization != null) ? organization.id() : null);
			values.put("capacity", row.choice("capacity", Capacity.class));
			values.put("standing", row.choice("standing", AttendanceStanding.class));
			values.put("status", row.choice("status", AttendanceStatus.class));
			values.put("note", row.text("note"));
			row.bind(values);
			this.editing.resolve(form, row.errors());
			if (form.personId != null && rowSummit != null) {
				Integer earlier = people.putIfAbsent(form.personId, row.line());
				if (earlier != null) {
					row.reject("personLabel", "imports.person.duplicateInFile", earlier);
				}
			}
			if (!row.errors().hasErrors()) {
				Summit target = this.entities.getReference(Summit.class, rowSummit.id());
				writes.add(this.forms.write(row, () -> this.editing.create(target, form),
						AttendanceEditing.CONSTRAINT_FIELDS, tryWrites));
			}
			rows.add(row.result());
		}
		String target = (summit != null) ? "/summits/" + summit.slug() : "/summits";
		return new Checked(new Preview(ImportKind.ATTENDANCE, file.header(), rows, file.problems(), target), writes);
	}

	/**
	 * A person as the picker posts one: a name the file uses (their name, another name,
	 * their page's address) as the id chosen and its label; any other text as typed.
	 */
	private void person(FormRow row, Names names, String idField, String labelField, Map<String, Object> values) {
		Names.Found person = names.person(row.text(labelField)).orElse(null);
		values.put(idField, (person != null) ? person.id() : null);
		values.put(labelField, (person != null) ? this.lookups.personLabel(person.id()) : row.text(labelField));
	}

}
