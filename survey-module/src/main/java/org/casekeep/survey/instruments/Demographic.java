package org.casekeep.survey.instruments;

/**
 * The optional demographic questions an instrument may ask (PIA 2.1), used only in aggregate for trend analysis
 * (PIA 2.5, 3.2). Always optional: nobody has to answer one.
 */
public enum Demographic {
	AGE_BAND("What is your age range?"), GENDER("What is your gender?"), RACE("What is your race?"),
	COUNTRY_OF_ORIGIN("What is your country of origin?"), LANGUAGES("Which languages do you speak?"),
	OCCUPATION("What is your occupation?"), STATE("In which state do you live?"),
	COUNTY("In which county do you live?"), INCOME_BAND("What is your household income range?");

	private final String wording;

	Demographic(String wording) {
		this.wording = wording;
	}

	/** The question as asked where the researcher words it no otherwise. */
	public String wording() {
		return wording;
	}
}
