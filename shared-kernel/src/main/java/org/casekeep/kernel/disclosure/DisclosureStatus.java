package org.casekeep.kernel.disclosure;

/** Where a disclosure stands: asked for, then approved (final) or refused by an approver (OIDO PIA 6.4). */
public enum DisclosureStatus {

	AWAITING_APPROVAL("Awaiting approval"), APPROVED("Approved"), REFUSED("Refused");

	private final String label;

	DisclosureStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
