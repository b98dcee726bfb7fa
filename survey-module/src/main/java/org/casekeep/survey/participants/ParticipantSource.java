package org.casekeep.survey.participants;

/** How a person came to a study (PIA overview "Recruiting Participants", 1.2, 2.2). */
public enum ParticipantSource {
	/** Added by a recruiter of the study. */
	DIRECT,
	/** From another Department system's export, with its source and Privacy Act Statement. */
	IMPORT,
	/** Offered by the CRM: a stakeholder whose notice allows research contact. */
	CRM,
	/** Signed up on the study's public volunteer page (indirect recruitment, PIA overview, 2.2). */
	VOLUNTEER
}
