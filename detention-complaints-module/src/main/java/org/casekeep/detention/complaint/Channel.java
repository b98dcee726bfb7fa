package org.casekeep.detention.complaint;

/** How a complaint reached OIDO (PIA overview, 2.2). */
public enum Channel {
	/** Given to OIDO staff in a facility on a paper form, scanned; the paper original is destroyed. */
	IN_PERSON("In person"),
	MAIL("Mail"),
	EMAIL("E-mail"),
	FAX("Fax"),
	/** Typed directly into the system during the call. */
	TELEPHONE("Telephone"),
	/** Filed by the submitter on the public web portal (PIA 2.2: the online form), never typed by staff. */
	PORTAL("Web portal");

	private final String label;

	Channel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
