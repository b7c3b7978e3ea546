package org.summittracker.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.summittracker.admin.Lookups;
import org.summittracker.nation.Nation;
import org.summittracker.organization.Membership;
import org.summittracker.organization.MembershipRepository;
import org.summittracker.organization.Organization;
import org.summittracker.organization.Standing;
import org.summittracker.system.ConstraintMessages;
import org.summittracker.system.PartialDate;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Memberships from CSV: the membership form's rules for every row (known nation and
 * organization, a standing, readable partial dates, the end not before the start), and
 * one standing at a time for a nation in an organization, counting both the periods
 * already saved and the other rows of the file.
 */
@Component
class MembershipImport implements RowImport<MembershipImport.Line> {

	private final MembershipRepository memberships;

	private final Lookups lookups;

	private final JdbcTemplate jdbc;

	private final EntityManager entities;

	MembershipImport(MembershipRepository memberships, Lookups lookups, JdbcTemplate jdbc, EntityManager entities) {
		this.memberships = memberships;
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
		String target = (pass.organization != null && pass.oneOrganization)
				? "/organizations/" + pass.organization.slug() : "/organizations";
		return new Checked<>(new Preview(ImportKind.MEMBERSHIPS, file.header(), rows, file.problems(), target), lines);
	}

	@Override
	public void write(List<Line> lines) {
		for (Line line : lines) {
			Nation nation = this.entities.getReference(Nation.class, line.nation());
			Organization organization = this.entities.getReference(Organization.class, line.organization());
			Membership membership = new Membership(nation, organization, line.standing(), line.start(), line.end());
			membership.update(nation, organization, line.standing(), line.start(), line.end(), line.note());
			try {
				this.memberships.save(membership);
				this.memberships.flush();
			}
			catch (DataIntegrityViolationException ex) {
				throw new ImportRefusedException(line.line(), ConstraintMessages.constraintOf(ex), ex);
			}
		}
	}

	/**
	 * One pass over a file: the periods already saved and those of the rows before the
	 * current one.
	 */
	private final class Pass {

		private final Names names;

		/** Saved memberships by nation and organization id, looked up once per pair. */
		private final Map<List<Long>, List<Membership>> saved = new HashMap<>();

		private final Map<List<Long>, List<Earlier>> inFile = new HashMap<>();

		/** The first organization a row names, and whether every row names it. */
		private Names.Found organization;

		private boolean oneOrganization = true;

		Pass(Names names) {
			this.names = names;
		}

		/** The row as it would be written, its problems added to the check. */
		Line check(RowCheck check) {
			Names.Found nation = check.find("nation", true, this.names::nation, "imports.nation.unknown");
			Names.Found organization = check.find("organization", true, this.names::organization,
					"imports.organization.unknown");
			Standing standing = check.choice("standing", Standing.class, true);
			PartialDate start = check.date("start");
			PartialDate end = check.date("end");
			String note = check.note("note");
			if (start != null && end != null) {
				if (end.latestDay().isBefore(start.getDate())) {
					check.reject("end", "EndNotBeforeStart");
				}
			}
			if (organization != null) {
				this.organization = (this.organization != null) ? this.organization : organization;
				this.oneOrganization &= this.organization.id().equals(organization.id());
			}
			if (nation != null && organization != null && standing != null && !check.hasProblems("start")
					&& !check.hasProblems("end")) {
				checkOverlaps(check, nation, organization, standing, start, end);
			}
			return new Line(check.line(), (nation != null) ? nation.id() : null,
					(organization != null) ? organization.id() : null, standing, start, end, note);
		}

		/**
		 * One standing at a time: no overlap with a saved period, nor with an earlier row
		 * of the file.
		 */
		private void checkOverlaps(RowCheck check, Names.Found nation, Names.Found organization, Standing standing,
				PartialDate start, PartialDate end) {
			List<Long> key = List.of(nation.id(), organization.id());
			for (Membership other : this.saved.computeIfAbsent(key, (k) -> MembershipImport.this.memberships
				.findByNationAndOrganization(nation.id(), organization.id()))) {
				if (other.overlaps(start, end)) {
					check.reject("start", "membership.overlap", describe(other));
					break;
				}
			}
			for (Earlier earlier : this.inFile.getOrDefault(key, List.of())) {
				if (earlier.period().overlaps(start, end)) {
					check.reject("start", "imports.membership.overlapInFile", earlier.line());
					break;
				}
			}
			// an unsaved membership, only to compare periods the way the entity (and the
			// database) does
			Membership period = new Membership(MembershipImport.this.entities.getReference(Nation.class, nation.id()),
					MembershipImport.this.entities.getReference(Organization.class, organization.id()), standing, start,
					end);
			this.inFile.computeIfAbsent(key, (k) -> new ArrayList<>()).add(new Earlier(check.line(), period));
		}

	}

	/**
	 * Message arguments naming a saved membership, as the membership form names it:
	 * nation, standing, dates.
	 */
	private static Object[] describe(Membership membership) {
		return new Object[] { membership.getNation().getName(),
				new DefaultMessageSourceResolvable("enum.Standing." + membership.getStanding().name()),
				membership.getOrganization().getAcronym(),
				(membership.getStart() != null) ? membership.getStart().display() : "…", (membership.getEnd() != null)
						? membership.getEnd().display() : new DefaultMessageSourceResolvable("leader.present") };
	}

	/** A good row, ready to be added. */
	record Line(int line, Long nation, Long organization, Standing standing, PartialDate start, PartialDate end,
			String note) {

	}

	/** A period from an earlier row of the same file. */
	private record Earlier(int line, Membership period) {

	}

}
