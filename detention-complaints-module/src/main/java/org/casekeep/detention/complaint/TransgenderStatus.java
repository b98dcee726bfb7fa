package org.casekeep.detention.complaint;

/** The detainee's transgender status as the submitter gave it (PIA 2.1). */
public enum TransgenderStatus {
	TRANSGENDER("Transgender"),
	NOT_TRANSGENDER("Not transgender"),
	NOT_GIVEN("Not given");

	private final String label;

	TransgenderStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
