package org.summittracker.summit;

/** In what capacity someone attends a summit. */
public enum Capacity {

	HOST, HEAD_OF_STATE, HEAD_OF_GOVERNMENT, MINISTER, HEAD_OF_ORGANIZATION, ENVOY, GUEST

}
