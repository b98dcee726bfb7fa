package org.casekeep.detention.complaint;

/**
 * Where a complaint stands (OIDO PIA overview). Received complaints are triaged: accepted and assigned to an analyst,
 * merged into a duplicate, referred to another office, or declined. Only a received complaint is triaged. An accepted
 * complaint is worked, resolved and closed, and reopened if follow-up is needed.
 */
public enum ComplaintStatus {
	RECEIVED("Received, awaiting triage"),
	ACCEPTED("Accepted and assigned"),
	MERGED("Merged into a duplicate"),
	REFERRED("Referred"),
	DECLINED("Declined"),
	/** Resolved; no longer active, but can be reopened at any time (OIDO PIA overview). */
	CLOSED("Resolved and closed");

	private final String label;

	ComplaintStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
