package org.casekeep.survey.studies;

/**
 * What must be done before a study collects anything (PIA overview "Oversight of Information Collections", 1.5,
 * 2.5, 4.1), in the order they are usually closed.
 */
public enum Gate {
	PTA_SUBMISSION("Privacy Threshold Analysis submitted by the researcher"),
	PRIVACY_REVIEW("PTA reviewed by the component privacy office"),
	PRIVACY_OFFICE_APPROVAL("PTA approved by the DHS Privacy Office"),
	OMB_CLEARANCE("OMB control number, its expiry and the ICR's retention period"),
	FEDERAL_REGISTER_NOTICE("Federal Register notice and its 30-day comment period"),
	VENDOR_APPROVAL("Vendor tool approved by the Privacy Office and Public Affairs, IP and e-mail collection disabled"),
	INSTRUMENT_APPROVAL("Current version of every instrument approved by the Privacy Office");

	private final String label;

	Gate(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
