package org.casekeep.correspondence;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Widens who may read a piece of correspondence to the people its taskers are assigned to, with the same rule as
 * the tasker visibility filter ({@link Taskers#VISIBLE}): the named expert, the action officers of a component
 * assigned as a whole (or through one of its offices), and the assigned component's leadership ({@code exec_sec}).
 * Assignments replaced by a reassignment no longer count.
 */
@Component
class TaskerCorrespondenceAssignments implements CorrespondenceAssignments {

	private final JdbcClient jdbc;

	TaskerCorrespondenceAssignments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<UUID> assignedTo(Actor actor) {
		return new HashSet<>(jdbc.sql("""
				select distinct t.correspondence_id from correspondence.tasker t
				join correspondence.tasker_assignment a on a.tasker_id = t.id
				where t.correspondence_id is not null and a.status <> 'REASSIGNED'
				  and (a.username = ? or (a.component = ? and (? or (? and a.username is null))))""")
			.params(actor.username(), actor.component(), actor.hasRole("exec_sec"), actor.hasRole("action_officer"))
			.query(UUID.class)
			.list());
	}

	/**
	 * Evaluated for the current actor: whether they are among the assignees. Component-wide assignments have no
	 * usernames to list, so the answer is the current user's name when the rule above lets them see the record.
	 */
	@Override
	public Set<String> assigneesOf(UUID correspondenceId) {
		return Actors.current()
			.filter(actor -> isAssigned(actor, correspondenceId))
			.map(actor -> Set.of(actor.username()))
			.orElse(Set.of());
	}

	/** The same rule as {@link #assignedTo}, for one correspondence: one indexed lookup, not the whole list. */
	private boolean isAssigned(Actor actor, UUID correspondenceId) {
		return jdbc.sql("""
				select exists (select 1 from correspondence.tasker t
				  join correspondence.tasker_assignment a on a.tasker_id = t.id
				  where t.correspondence_id = ? and a.status <> 'REASSIGNED'
				    and (a.username = ? or (a.component = ? and (? or (? and a.username is null)))))""")
			.params(correspondenceId, actor.username(), actor.component(), actor.hasRole("exec_sec"),
					actor.hasRole("action_officer"))
			.query(Boolean.class)
			.single();
	}
}
