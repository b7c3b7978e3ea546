package org.summittracker.organization.admin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.summittracker.nation.Nation;
import org.summittracker.organization.Membership;
import org.summittracker.organization.Organization;
import org.summittracker.organization.Standing;
import org.summittracker.system.EndNotBeforeStart;
import org.summittracker.system.PartialDate;

/**
 * What an editor chooses and types for a nation's standing in an organization over a
 * period. Nation and organization are bound from the chosen id; start and end are partial
 * dates ("2012", "2024-07", "2024-07-04"), either of which may be left open. A period
 * that overlaps another standing of the nation in the organization is refused by the
 * database.
 */
@EndNotBeforeStart(start = "start", end = "end")
public class MembershipForm {

	@NotNull
	private Nation nation;

	@NotNull
	private Organization organization;

	@NotNull
	private Standing standing = Standing.MEMBER;

	private PartialDate start;

	private PartialDate end;

	@Size(max = 2000)
	private String note;

	private Long version;

	static MembershipForm from(Membership membership) {
		MembershipForm form = new MembershipForm();
		form.nation = membership.getNation();
		form.organization = membership.getOrganization();
		form.standing = membership.getStanding();
		form.start = membership.getStart();
		form.end = membership.getEnd();
		form.note = membership.getNote();
		form.version = membership.getVersion();
		return form;
	}

	public Nation getNation() {
		return this.nation;
	}

	public void setNation(Nation nation) {
		this.nation = nation;
	}

	public Organization getOrganization() {
		return this.organization;
	}

	public void setOrganization(Organization organization) {
		this.organization = organization;
	}

	public Standing getStanding() {
		return this.standing;
	}

	public void setStanding(Standing standing) {
		this.standing = standing;
	}

	public PartialDate getStart() {
		return this.start;
	}

	public void setStart(PartialDate start) {
		this.start = start;
	}

	public PartialDate getEnd() {
		return this.end;
	}

	public void setEnd(PartialDate end) {
		this.end = end;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
