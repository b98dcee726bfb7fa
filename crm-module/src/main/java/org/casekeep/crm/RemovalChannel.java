package org.casekeep.crm;

/** How a stakeholder asked to be removed (CRM PIA 6.3, 7.4: any medium is acceptable). */
public enum RemovalChannel {

	PHONE("Phone"), EMAIL("Email"), LETTER("Letter"), IN_PERSON("In person");

	private final String label;

	RemovalChannel(String label) {
		this.label = label;
	}

	public String getLabel() {
		return label;
	}
}
