package org.summittracker.organization;

public enum OrganizationKind {

	MILITARY_ALLIANCE, INTERGOVERNMENTAL_ORGANIZATION, INFORMAL_FORUM, SUPRANATIONAL_UNION

}
