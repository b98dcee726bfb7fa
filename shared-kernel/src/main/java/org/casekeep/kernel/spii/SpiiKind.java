package org.casekeep.kernel.spii;

/**
 * The kinds of sensitive PII that {@link SpiiDetector} finds in free text.
 */
public enum SpiiKind {

	SSN("Social Security number"),

	A_NUMBER("A-Number"),

	RECEIPT_NUMBER("USCIS receipt number"),

	DATE_OF_BIRTH("date of birth");

	private final String label;

	SpiiKind(String label) {
		this.label = label;
	}

	/**
	 * @return the name of the kind as it is shown to users, e.g. {@code Social Security number}.
	 */
	public String label() {
		return label;
	}
}
