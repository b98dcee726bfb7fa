package org.casekeep.detention.relations;

/** Whether a stakeholder is an organization or a person (PIA 2.2: organizational data rather than an individual's). */
public enum StakeholderKind {

	ORGANIZATION("Organization"), INDIVIDUAL("Individual");

	private final String label;

	StakeholderKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
