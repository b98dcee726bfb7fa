package org.casekeep.survey.studies;

/** Who a study asks (PIA 2.2). Every population but the Department's own people is the public under the PRA. */
public enum Population {
	EMPLOYEES_AND_CONTRACTORS("Employees and contractors", false),
	PUBLIC_STAKEHOLDERS("Public stakeholders", true),
	GENERAL_PUBLIC("General public", true);

	private final String label;
	private final boolean publicFacing;

	Population(String label, boolean publicFacing) {
		this.label = label;
		this.publicFacing = publicFacing;
	}

	public String label() {
		return label;
	}

	/** Whether its instruments face the public and so must show the Privacy Act notice (PIA 4.1, footnote 4). */
	public boolean publicFacing() {
		return publicFacing;
	}
}
