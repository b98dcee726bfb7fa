package org.casekeep.correspondence;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Widens who may read a piece of correspondence to the people its taskers are assigned to, with the same keys as
 * the tasker visibility filter ({@link TaskerViewers#assigneeKeys}): the named expert, the action officers of a
 * component assigned as a whole (or through one of its offices), and the assigned component's leadership
 * ({@code exec_sec}). Assignments replaced by a reassignment no longer count.
 */
@Component
class CorrespondenceAssignments {

	private final JdbcClient jdbc;

	CorrespondenceAssignments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Which of these correspondence records the actor is assigned to through a tasker; empty if none. */
	Set<UUID> assignedAmong(Actor actor, Collection<UUID> correspondenceIds) {
		if (correspondenceIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				select c.id from correspondence.correspondence c
				where c.id in (:ids) and c.viewers && cast(:keys as text[])""")
			.param("ids", correspondenceIds)
			.param("keys", TaskerViewers.assigneeKeys(actor))
			.query(UUID.class)
			.list());
	}

	/**
	 * Evaluated for the current actor: whether they are among the assignees. Component-wide assignments have no
	 * usernames to list, so the answer is the current user's name when the rule above lets them see the record.
	 */
	Set<String> assigneesOf(UUID correspondenceId) {
		return Actors.current()
			.filter(actor -> !assignedAmong(actor, List.of(correspondenceId)).isEmpty())
			.map(actor -> Set.of(actor.username()))
			.orElse(Set.of());
	}
}
