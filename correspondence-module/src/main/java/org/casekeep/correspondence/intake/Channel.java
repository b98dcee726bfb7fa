package org.casekeep.correspondence.intake;

/** How a piece of correspondence reached the Department (PIA "Receipt & Assignment", 2.2). */
public enum Channel {

	POSTAL_MAIL("Postal mail"), FAX("Fax"), EMAIL("Email"), TELEPHONE("Telephone");

	private final String label;

	Channel(String label) {
		this.label = label;
	}

	public String getLabel() {
		return label;
	}
}
