package org.casekeep.detention.complaint;

/** The complaint categories of PIA 2.1, reference data written once. {@link #OTHER} is described in words. */
public enum Category {
	ABUSE("Abuse"),
	DISABILITY_ACCOMMODATION("Disability accommodation"),
	LANGUAGE_ACCESS("Language access"),
	LEGAL_REPRESENTATION("Legal representation"),
	PERSONAL_PROPERTY("Personal property"),
	MEDICAL("Medical concerns"),
	RELIGIOUS_ACCOMMODATION("Religious accommodation"),
	OTHER("Other");

	private final String label;

	Category(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
