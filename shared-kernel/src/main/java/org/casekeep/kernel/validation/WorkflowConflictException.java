package org.casekeep.kernel.validation;

/**
 * A step the record's current state does not allow (for example approving a version nobody submitted). Answered with
 * HTTP 409 and the message, which says what state the record is in.
 */
public class WorkflowConflictException extends RuntimeException {

	public WorkflowConflictException(String message) {
		super(message);
	}
}
