package org.casekeep.detention.complaint;

/** The confidentiality protections chosen when a complaint is referred (PIA overview footnote 3). */
public enum ConfidentialityProtection {
	WITHHOLD_SUBMITTER_IDENTITY("Withhold the submitter's identity"),
	WITHHOLD_DETAINEE_IDENTITY("Withhold the detainee's identity"),
	MINIMUM_NECESSARY("Share only the minimum necessary (PIA 6.2)"),
	NO_REDISSEMINATION("No further dissemination without OIDO's consent (PIA 6.3)");

	private final String label;

	ConfidentialityProtection(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
