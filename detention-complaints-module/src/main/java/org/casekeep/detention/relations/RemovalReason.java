package org.casekeep.detention.relations;

/** Why a stakeholder's record is removed (PIA 4.3); recorded in the audit entry of the removal, as a name only. */
public enum RemovalReason {

	/** "Stakeholder information will be removed from OIDO's database upon request." */
	REQUESTED("The stakeholder asked to be removed"),
	/** "...or when indicated that the stakeholder or their organization does not want further correspondence with DHS." */
	NO_FURTHER_CORRESPONDENCE("The stakeholder or their organization wants no further correspondence with DHS");

	private final String label;

	RemovalReason(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
