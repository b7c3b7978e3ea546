package org.summittracker.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.summittracker.organization.Membership;
import org.summittracker.organization.Standing;
import org.summittracker.organization.admin.MembershipEditing;
import org.summittracker.organization.admin.MembershipForm;

import org.springframework.stereotype.Component;

/**
 * Memberships from CSV: each row is the membership form, checked and saved as the form
 * is, its nation and organization named as editors name them. The file adds one rule a
 * form does not need: its own rows hold one standing at a time for a nation in an
 * organization.
 */
@Component
class MembershipImport implements RowImport {

	private final MembershipEditing editing;

	private final FormRows forms;

	MembershipImport(MembershipEditing editing, FormRows forms) {
		this.editing = editing;
		this.forms = forms;
	}

	@Override
	public Checked check(CsvFile file, boolean tryWrites) {
		Names names = this.forms.names();
		Map<List<Long>, List<Earlier>> periods = new HashMap<>();
		Set<String> organizations = new LinkedHashSet<>();
		List<Preview.Row> rows = new ArrayList<>();
		List<Checked.Write> writes = new ArrayList<>();
		for (CsvFile.Row line : file.rows()) {
			MembershipForm form = new MembershipForm();
			FormRow row = this.forms.row(file, line, form, "membershipForm", Map.of());
			Names.Found nation = row.find("nation", names::nation, "imports.nation.unknown");
			Names.Found organization = row.find("organization", names::organization, "imports.organization.unknown");
			Map<String, Object> values = new HashMap<>();
			values.put("nation", (nation != null) ? nation.id() : null);
			values.put("organization", (organization != null) ? organization.id() : null);
			values.put("standing", row.choice("standing", Standing.class));
			values.put("start", row.text("start"));
			values.put("end", row.text("end"));
			values.put("note", row.text("note"));
			row.bind(values);
			if (organization != null) {
				organizations.add(organization.slug());
			}
			if (form.nation != null && form.organization != null && form.standing != null
					&& !row.errors().hasFieldErrors("start") && !row.errors().hasFieldErrors("end")) {
				checkOverlaps(row, form, periods);
			}
			if (!row.errors().hasErrors()) {
				writes.add(this.forms.write(row, () -> this.editing.save(null, form),
						MembershipEditing.CONSTRAINT_FIELDS, tryWrites));
			}
			rows.add(row.result());
		}
		String target = (organizations.size() == 1) ? "/organizations/" + organizations.iterator().next()
				: "/organizations";
		return new Checked(new Preview(ImportKind.MEMBERSHIPS, file.header(), rows, file.problems(), target), writes);
	}

	/**
	 * One standing at a time within the file: no overlap with an earlier row for the same
	 * nation and organization (saved periods are the database's to judge).
	 */
	private static void checkOverlaps(FormRow row, MembershipForm form, Map<List<Long>, List<Earlier>> periods) {
		List<Earlier> earlier = periods.computeIfAbsent(List.of(form.nation.getId(), form.organization.getId()),
				(key) -> new ArrayList<>());
		earlier.stream()
			.filter((e) -> e.period().overlaps(form.start, form.end))
			.findFirst()
			.ifPresent((e) -> row.reject("start", "imports.membership.overlapInFile", e.line()));
		// an unsaved membership, only to compare periods the way the entity (and the
		// database) does
		earlier.add(new Earlier(row.line(),
				new Membership(form.nation, form.organization, form.standing, form.start, form.end)));
	}

	/** A period from an earlier row of the same file. */
	private record Earlier(int line, Membership period) {

	}

}
