package org.casekeep.crm;

/** The Secretary's five priorities stakeholders engage on (CRM PIA 1.1, item 4). */
public enum Issue {

	IMMIGRATION("Immigration"), SECURE_BORDERS("Secure Borders"), DISASTER_RESPONSE("Disaster Response"),
	COUNTERTERRORISM("Counterterrorism"), ONE_DHS("OneDHS");

	private final String label;

	Issue(String label) {
		this.label = label;
	}

	public String getLabel() {
		return label;
	}
}
