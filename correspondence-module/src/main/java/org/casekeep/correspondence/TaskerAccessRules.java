package org.casekeep.correspondence;

import org.casekeep.kernel.access.AccessRule;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Item-level permissions on taskers (FEMA ACT, ESTT; issue 3 item 6). A tasker is visible only to
 * <ul>
 * <li>the assigning office: {@code exec_sec} users of the assigning component, and the Executive Secretariat (ESEC),
 * which sees all taskers;</li>
 * <li>the assignees: action officers of an assigned component and named subject matter experts;</li>
 * <li>the leadership of an assigned component, i.e. its {@code exec_sec} users.</li>
 * </ul>
 * Only the assigning office changes a tasker ({@link Operation#UPDATE}); answering is decided per assignment by
 * {@link TaskerRouting}. The same rule is written as SQL in {@link Taskers} for lists and counts.
 */
@Configuration(proxyBeanMethods = false)
class TaskerAccessRules {

	static final String EXEC_SEC = "exec_sec";
	static final String ACTION_OFFICER = "action_officer";
	static final String EXECUTIVE_SECRETARIAT = "ESEC";

	@Bean
	AccessRule taskerAccess() {
		return AccessRule.of(Tasker.RECORD_TYPE, TaskerAccessRules::permits);
	}

	/** A draft response uploaded to a tasker: exactly who may see the tasker may read it; changed by nobody. */
	@Bean
	AccessRule taskerAttachmentAccess() {
		return AccessRule.of(TaskerAttachment.RECORD_TYPE,
				(actor, operation, facts) -> operation == Operation.READ && permits(actor, operation, facts));
	}

	@Bean
	AccessRule routingTemplateAccess() {
		// Executive Secretariat staff define templates; all of them may reuse any; owners change them.
		return AccessRule.of(RoutingTemplate.RECORD_TYPE, (actor, operation, facts) -> {
			if (!actor.hasRole(EXEC_SEC) || actor.component() == null) {
				return false;
			}
			return switch (operation) {
				case READ, SEARCH, CREATE -> true;
				case UPDATE, DELETE -> facts.ownedByComponentOf(actor) || isExecutiveSecretariat(actor);
				case EXPORT, DISCLOSE -> false;
			};
		});
	}

	static boolean permits(Actor actor, Operation operation, RecordFacts facts) {
		if (actor.component() == null) {
			return false;
		}
		return switch (operation) {
			case CREATE -> actor.hasRole(EXEC_SEC);
			case SEARCH -> actor.hasAnyRole(EXEC_SEC, ACTION_OFFICER);
			case READ -> mayRead(actor, facts);
			case UPDATE -> isAssigningOffice(actor, facts);
			case DELETE, EXPORT, DISCLOSE -> false;
		};
	}

	static boolean isExecutiveSecretariat(Actor actor) {
		return actor.hasRole(EXEC_SEC) && actor.belongsTo(EXECUTIVE_SECRETARIAT);
	}

	static boolean isAssigningOffice(Actor actor, RecordFacts facts) {
		return actor.hasRole(EXEC_SEC) && (facts.ownedByComponentOf(actor) || isExecutiveSecretariat(actor));
	}

	private static boolean mayRead(Actor actor, RecordFacts facts) {
		if (isAssigningOffice(actor, facts) || facts.assignedTo(actor)) {
			return true;
		}
		String component = actor.component();
		boolean componentAssigned = facts.assignees().contains(Tasker.COMPONENT_ASSIGNEE + component);
		boolean expertOfComponent = facts.assignees().contains(Tasker.LEADERSHIP_OF + component);
		return (actor.hasAnyRole(ACTION_OFFICER, EXEC_SEC) && componentAssigned)
				|| (actor.hasRole(EXEC_SEC) && expertOfComponent);
	}
}
