package org.casekeep.kernel.access;

import org.springframework.security.access.AccessDeniedException;

/**
 * A refusal whose message the user may read and act on, as an {@link AccessRule#refusal} gave it (for example access
 * that awaits approval). Pages and problem documents show its message; the message names no record.
 */
public class ExplainedAccessDenial extends AccessDeniedException {

	public ExplainedAccessDenial(String message) {
		super(message);
	}
}
