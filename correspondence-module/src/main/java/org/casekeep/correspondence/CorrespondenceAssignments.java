package org.casekeep.correspondence;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.casekeep.kernel.access.Actor;

/**
 * The extension point through which the tasker side widens who may see a piece of correspondence to the people it
 * is assigned to (need-to-know, DESIGN.md rule 5). Implement it as a bean in this package; without one, only the
 * Executive Secretariat of the owning component (and ESEC for every component) sees a record.
 * <p>
 * Both methods must agree, and agree with the assignee keys of {@link TaskerViewers}, which the search query
 * applies in SQL: {@link #assignedAmong} fills the {@link org.casekeep.kernel.access.RecordFacts} of a page of
 * results in one query, {@link #assigneesOf} those of a single read.
 */
interface CorrespondenceAssignments {

	/** Which of these correspondence records the actor is assigned to through a tasker; empty if none. */
	Set<UUID> assignedAmong(Actor actor, Collection<UUID> correspondenceIds);

	/** The usernames assigned to a piece of correspondence through its taskers; empty if none. */
	Set<String> assigneesOf(UUID correspondenceId);

	/** No assignments at all: the default until the tasker side provides its own. */
	CorrespondenceAssignments NONE = new CorrespondenceAssignments() {
		@Override
		public Set<UUID> assignedAmong(Actor actor, Collection<UUID> correspondenceIds) {
			return Set.of();
		}

		@Override
		public Set<String> assigneesOf(UUID correspondenceId) {
			return Set.of();
		}
	};
}
