package org.casekeep.correspondence.intake;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.correspondence.office.TaskerViewers;
import org.casekeep.kernel.pii.ReleasedAs;
import org.jspecify.annotations.Nullable;

/**
 * The taskers answering a letter, for its page (PIA "Receipt &amp; Assignment": the record shows where it was
 * routed). Implemented by the tasker side, so intake does not reach into it: only the taskers the current user may
 * see, released (masked and audited) under the taskers' own declarations.
 */
public interface LetterTaskers {

	/**
	 * A tasker answering the letter, as its list shows it.
	 *
	 * @param status the tasker's status as people read it, e.g. {@code Assigned}.
	 * @param assignees who it is assigned to now, as people read them ({@code ICE}, {@code ICE / Office of Policy},
	 * {@code ice-action (ICE)}).
	 */
	@ReleasedAs(TaskerViewers.RECORD_TYPE)
	record Line(UUID id, @Nullable String subject, String status, List<String> assignees, Instant dueAt,
			boolean overdue, Set<String> maskedFields) {
	}

	/** The visible taskers answering this letter, soonest due first; empty if none. */
	List<Line> of(UUID correspondenceId);
}
