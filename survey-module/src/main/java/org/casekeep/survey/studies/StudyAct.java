package org.casekeep.survey.studies;

/** What somebody wants to do with a study, for {@link StudyRegistry#checked}. */
public enum StudyAct {
	/** See the study, its gates and instruments. */
	READ,
	/** Change it or act on it as its research unit (instruments, PTA submission, clearance, collection). */
	RUN,
	/** Review it as the component privacy office (PIA 2.5). */
	REVIEW,
	/** Approve it as the DHS Privacy Office (PIA overview, 2.5). */
	APPROVE
}
