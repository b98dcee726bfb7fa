package org.casekeep.survey.studies;

import org.springframework.security.access.AccessDeniedException;

/**
 * A person asked to review or approve their own work (PIA 2.5: the researcher's questions and PTA are reviewed by
 * the component privacy office and approved by the DHS Privacy Office, not by the researcher). Answered 403.
 */
public class SeparationOfDutiesException extends AccessDeniedException {

	public SeparationOfDutiesException(String message) {
		super(message);
	}
}
