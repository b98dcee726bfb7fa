package org.casekeep.correspondence;

import java.util.Set;
import java.util.UUID;

import org.casekeep.kernel.access.Actor;

/**
 * The extension point through which the tasker side widens who may see a piece of correspondence to the people it
 * is assigned to (need-to-know, DESIGN.md rule 5). Implement it as a bean in this package; without one, only the
 * Executive Secretariat of the owning component (and ESEC for every component) sees a record.
 * <p>
 * Both methods must agree: {@link #assignedTo} feeds the access filter of the search query,
 * {@link #assigneesOf} the {@link org.casekeep.kernel.access.RecordFacts} checked on single reads.
 */
interface CorrespondenceAssignments {

	/** The correspondence ids the actor is assigned to through a tasker; empty if none. */
	Set<UUID> assignedTo(Actor actor);

	/** The usernames assigned to a piece of correspondence through its taskers; empty if none. */
	Set<String> assigneesOf(UUID correspondenceId);

	/** No assignments at all: the default until the tasker side provides its own. */
	CorrespondenceAssignments NONE = new CorrespondenceAssignments() {
		@Override
		public Set<UUID> assignedTo(Actor actor) {
			return Set.of();
		}

		@Override
		public Set<String> assigneesOf(UUID correspondenceId) {
			return Set.of();
		}
	};
}
