package org.casekeep.detention.complaint;

/** Whom the inquiry is about (PIA 2.1); the names of other family members are given in words. */
public enum SubjectOfInquiry {
	ADULT("Adult"),
	FAMILY_UNIT("Family unit"),
	MINOR_CHILD("Minor child"),
	OTHER_FAMILY_MEMBERS("Other family members");

	private final String label;

	SubjectOfInquiry(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
