package org.casekeep.detention.complaint;

/** The detainee's sex as the submitter gave it (PIA 2.1). */
public enum Sex {
	FEMALE("Female"),
	MALE("Male"),
	OTHER("Other"),
	NOT_GIVEN("Not given");

	private final String label;

	Sex(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
