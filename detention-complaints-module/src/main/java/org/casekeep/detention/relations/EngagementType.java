package org.casekeep.detention.relations;

/** The types of engagements OIDO staff conduct and attend (PIA 2.1: "types of engagements"). */
public enum EngagementType {

	MEETING("Meeting"), CONFERENCE("Conference"), SITE_VISIT("Site visit"), BRIEFING("Briefing"), CALL("Call"),
	WEBINAR("Webinar"), OTHER("Other");

	private final String label;

	EngagementType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
