package org.casekeep.survey.studies;

/** The research methods the PIA covers (overview, "Customer Research Methods"). */
public enum ResearchMethod {
	SURVEY("Survey"), ONE_ON_ONE_INTERVIEW("One-on-one interview"), ETHNOGRAPHIC_INTERVIEW("Ethnographic interview"),
	FOCUS_GROUP("Focus group"), USABILITY_TEST("Usability test");

	private final String label;

	ResearchMethod(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
