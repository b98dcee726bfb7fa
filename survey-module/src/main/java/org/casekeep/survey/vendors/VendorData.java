package org.casekeep.survey.vendors;

/** What a vendor receives under its contract (Customer Research PIA 6.2), as reference values. */
public enum VendorData {

	/** Participants' names and contact details, to recruit or invite them (PIA 6.2: limited contact information). */
	CONTACT_DATA("Contact data"),
	/** Answers collected through the vendor's tool. */
	ANSWERS("Answers"),
	/** Recordings of interviews or focus groups. */
	RECORDINGS("Recordings");

	private final String label;

	VendorData(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
