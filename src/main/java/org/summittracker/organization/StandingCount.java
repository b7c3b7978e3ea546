package org.summittracker.organization;

/** How many nations hold a standing in an organization today. */
public record StandingCount(Long organizationId, Standing standing, long count) {

}
