package org.summittracker.export;

import org.summittracker.organization.Standing;

/** How many nations hold a standing in an organization today. */
public record StandingTally(String organizationSlug, Standing standing, long count) {

}
