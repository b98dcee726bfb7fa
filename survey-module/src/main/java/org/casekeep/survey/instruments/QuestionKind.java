package org.casekeep.survey.instruments;

/** The kinds of question an instrument asks (PIA overview, "Surveys": closed-ended and open-ended; 2.1: demographics). */
public enum QuestionKind {
	YES_NO("Yes or no", true), SINGLE_CHOICE("Single choice", true), MULTIPLE_CHOICE("Multiple choice", true),
	RATING_SCALE("Rating scale", true), OPEN_ENDED("Open-ended", false), DEMOGRAPHIC("Demographic (optional)", true);

	private final String label;
	private final boolean closed;

	QuestionKind(String label, boolean closed) {
		this.label = label;
		this.closed = closed;
	}

	public String label() {
		return label;
	}

	/** Whether it is answered with a pre-defined answer. */
	public boolean closed() {
		return closed;
	}
}
