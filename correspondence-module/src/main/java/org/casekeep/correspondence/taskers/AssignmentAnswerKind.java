package org.casekeep.correspondence.taskers;

/** How an assignee answers a tasker (PIA "Review &amp; Analysis"; IQ, ESTT). */
public enum AssignmentAnswerKind {
	/** Comments or edits, as text. */
	COMMENTS,
	/** Concurrence; a note is optional. */
	CONCUR,
	/** Non-concurrence; the reason is required. */
	NON_CONCUR,
	/** A draft of the official response, written in place. */
	DRAFT_RESPONSE
}
