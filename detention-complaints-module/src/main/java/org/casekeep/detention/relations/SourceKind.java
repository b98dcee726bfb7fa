package org.casekeep.detention.relations;

/**
 * Where a stakeholder's information came from (PIA 2.2, 2.3): a public resource of organizations working in the
 * immigration detention field, or the stakeholder contacting OIDO themselves. Never a commercial source (PIA 2.3).
 */
public enum SourceKind {

	/** The organization's own website (PIA 2.2, 4.3); the detail is its address. */
	PUBLIC_WEBSITE("Organization's public website", true),
	/** Another public resource such as a news report or a public directory (PIA 2.3); the detail names it. */
	PUBLIC_RECORD("Other public resource", true),
	/** The stakeholder contacted OIDO affirmatively (PIA 2.2); the detail says how and when. */
	CONTACTED_OIDO("Contacted OIDO affirmatively", false);

	private final String label;
	private final boolean gatheredWithoutKnowledge;

	SourceKind(String label, boolean gatheredWithoutKnowledge) {
		this.label = label;
		this.gatheredWithoutKnowledge = gatheredWithoutKnowledge;
	}

	public String label() {
		return label;
	}

	/** Whether the stakeholder may not know OIDO holds it (PIA 4.1: "used only for initial contact"). */
	public boolean gatheredWithoutKnowledge() {
		return gatheredWithoutKnowledge;
	}
}
