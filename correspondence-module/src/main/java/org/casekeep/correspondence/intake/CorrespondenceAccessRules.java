package org.casekeep.correspondence.intake;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.correspondence.office.OfficeRoles;
import org.casekeep.correspondence.office.TaskerViewers;
import org.casekeep.kernel.access.AccessRule;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who may do what with correspondence, deny by default (DESIGN.md rule 5). Executive Secretariat staff take in,
 * read, search and update the correspondence of their own component; the Executive Secretariat of ESEC that of every
 * component. Nobody deletes by hand: records go by retention only. Disclosures are recorded by the Executive
 * Secretariat of the owning component.
 * <p>
 * Need-to-know widens reading to the people a record's taskers are assigned to, with the keys of the tasker
 * visibility filter ({@link TaskerViewers#assigneeKeys}): the named expert, the action officers of a component
 * assigned as a whole (or through one of its offices), and the assigned component's leadership ({@code exec_sec}).
 * The database copies the keys of a record's taskers onto its row ({@code viewers}); assignments replaced by a
 * reassignment no longer count.
 */
@Configuration(proxyBeanMethods = false)
class CorrespondenceAccessRules {

	private final JdbcClient jdbc;

	CorrespondenceAccessRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Bean
	AccessRule correspondenceAccess() {
		return AccessRule.of(Correspondence.RECORD_TYPE, CorrespondenceAccessRules::permits);
	}

	@Bean
	AccessRule correspondenceAttachmentAccess() {
		return AccessRule.of(Attachment.RECORD_TYPE, CorrespondenceAccessRules::permits);
	}

	static boolean permits(Actor actor, Operation operation, RecordFacts facts) {
		if (actor.hasRole(OfficeRoles.EXEC_SEC) && actor.component() != null) {
			boolean ownOrAll = OfficeRoles.seesEverything(actor) || facts.ownedByComponentOf(actor);
			return switch (operation) {
				case CREATE, SEARCH -> true;
				// The leadership of a component a tasker is assigned to reads the correspondence it answers.
				case READ -> ownOrAll || (facts.recordId() != null && facts.assignedTo(actor));
				case UPDATE, DISCLOSE -> ownOrAll;
				case DELETE, EXPORT -> false;
			};
		}
		// Need-to-know: the people a tasker assigns it to may read it (see assigneesOf).
		return operation == Operation.READ && facts.recordId() != null && facts.assignedTo(actor);
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
