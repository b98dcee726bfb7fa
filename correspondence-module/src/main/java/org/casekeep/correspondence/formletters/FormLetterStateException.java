package org.casekeep.correspondence.formletters;

import org.casekeep.kernel.validation.WorkflowConflictException;

/** A form-letter step that the letter's state does not allow (answered with HTTP 409). */
class FormLetterStateException extends WorkflowConflictException {

	public FormLetterStateException(String message) {
		super(message);
	}
}
