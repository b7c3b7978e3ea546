package org.summittracker.person;

public enum OfficeKind {

	HEAD_OF_STATE, HEAD_OF_GOVERNMENT, VICE_HEAD_OF_STATE, FOREIGN_MINISTER, HEAD_OF_ORGANIZATION, OTHER

}
