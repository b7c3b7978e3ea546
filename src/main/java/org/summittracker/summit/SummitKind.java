package org.summittracker.summit;

public enum SummitKind {

	ORGANIZATION_SUMMIT, BILATERAL_MEETING, MULTILATERAL_MEETING

}
