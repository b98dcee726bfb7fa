package org.casekeep.correspondence.intake;

/** How the record was entered: a scan of paper, an uploaded file, typed by hand, pasted from an email. */
public enum IntakeMethod {

	SCANNED("Scanned"), UPLOADED("Uploaded"), HAND_KEYED("Hand keyed"), PASTED("Pasted");

	private final String label;

	IntakeMethod(String label) {
		this.label = label;
	}

	public String getLabel() {
		return label;
	}
}
