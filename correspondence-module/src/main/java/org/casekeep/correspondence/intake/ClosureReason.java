package org.casekeep.correspondence.intake;

/**
 * Why a piece of correspondence was closed without a tasker answering it: a fixed list, so that closing one needs no
 * typed text that could name someone (PIA 5.1: every record ends and its schedule starts counting, answered or not).
 */
public enum ClosureReason {

	NO_RESPONSE_NEEDED("No response needed (for information only)"),
	DUPLICATE("A duplicate of another record"),
	WITHDRAWN("Withdrawn by the correspondent"),
	REFERRED("Referred outside the Department");

	private final String label;

	ClosureReason(String label) {
		this.label = label;
	}

	public String getLabel() {
		return label;
	}
}
