package org.casekeep.detention.complaint;

/** Who submitted the complaint (PIA 1.2, 2.2): the detainee, a representative, or someone on their behalf. */
public enum SubmitterRole {
	DETAINEE("The detainee or former detainee"),
	ATTORNEY("Attorney or accredited representative"),
	FAMILY_MEMBER("Family member"),
	OTHER("Someone else on the detainee's behalf");

	private final String label;

	SubmitterRole(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
