package org.summittracker.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.summittracker.export.MembershipRow;
import org.summittracker.export.OrganizationRow;
import org.summittracker.export.SummitRow;

/**
 * An organization with every nation's standing in it over time and the summits it
 * convened.
 */
@Schema(description = "An organization with its memberships and summits")
public record OrganizationDetail(OrganizationRow organization, List<MembershipRow> memberships,
		List<SummitRow> summits) {

}
