package org.summittracker.organization.admin;

import jakarta.validation.constraints.NotNull;
import org.summittracker.nation.Nation;
import org.summittracker.organization.Membership;
import org.summittracker.organization.Organization;
import org.summittracker.organization.Standing;
import org.summittracker.system.DatedRelationshipForm;

/**
 * What an editor chooses and types for a nation's standing in an organization over a
 * period. Nation and organization are bound from the chosen id; start and end are partial
 * dates ("2012", "2024-07", "2024-07-04"), either of which may be left open. A period
 * that overlaps another standing of the nation in the organization is refused by the
 * database.
 */
public class MembershipForm extends DatedRelationshipForm {

	@NotNull
	public Nation nation;

	@NotNull
	public Organization organization;

	@NotNull
	public Standing standing = Standing.MEMBER;

}
