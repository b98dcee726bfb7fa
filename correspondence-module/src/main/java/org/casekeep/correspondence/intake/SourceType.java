package org.casekeep.correspondence.intake;

/** Who the correspondence comes from (PIA 2.2). */
public enum SourceType {

	PUBLIC("Member of the public"), CONGRESS("Congress"), WHITE_HOUSE("White House"),
	VICE_PRESIDENT("Office of the Vice President"), OTHER_FEDERAL_AGENCY("Other federal agency"),
	STATE_LOCAL("State or local government"), FOREIGN_GOVERNMENT("Foreign government"), CORPORATION("Corporation"),
	NGO("Non-governmental organization"), INTERNAL_COMPONENT("DHS component");

	private final String label;

	SourceType(String label) {
		this.label = label;
	}

	public String getLabel() {
		return label;
	}
}
