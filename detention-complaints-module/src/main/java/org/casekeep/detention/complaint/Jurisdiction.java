package org.casekeep.detention.complaint;

/** Whether a complaint falls within OIDO's purview (PIA overview, triage). */
public enum Jurisdiction {
	WITHIN_PURVIEW("Within OIDO's purview"),
	OUTSIDE_PURVIEW("Outside OIDO's purview");

	private final String label;

	Jurisdiction(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
