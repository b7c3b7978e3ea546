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
	public Nation nation;

	@NotNull
	public Organization organization;

	@NotNull
	public Standing standing = Standing.MEMBER;

	public PartialDate start;

	public PartialDate end;

	@Size(max = 2000)
	public String note;

	public Long version;

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

}
