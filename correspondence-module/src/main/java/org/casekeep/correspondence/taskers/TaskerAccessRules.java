package org.casekeep.correspondence.taskers;

import org.casekeep.correspondence.drafts.DraftResponses;
import org.casekeep.correspondence.office.OfficeRoles;
import org.casekeep.correspondence.office.TaskerViewers;
import org.casekeep.kernel.access.AccessRule;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Item-level permissions on taskers (FEMA ACT, ESTT). Who may see a tasker is {@link TaskerViewers}: the tasker's
 * keys ({@link Tasker#viewerKeys()}, carried in {@link RecordFacts#assignees()}) against the viewer's, the same keys
 * the SQL filter of every list and count matches. Only the assigning office changes a tasker
 * ({@link Operation#UPDATE}): {@code exec_sec} users of the assigning component, and the Executive Secretariat of
 * ESEC; answering is decided per assignment ({@link Assignment#isAnsweredBy}).
 */
@Configuration(proxyBeanMethods = false)
class TaskerAccessRules {

	@Bean
	AccessRule taskerAccess() {
		return AccessRule.of(Tasker.RECORD_TYPE, TaskerAccessRules::permits);
	}

	/** A draft response uploaded to a tasker: exactly who may see the tasker may read it; changed by nobody. */
	@Bean
	AccessRule taskerAttachmentAccess() {
		return AccessRule.of(DraftResponses.RECORD_TYPE,
				(actor, operation, facts) -> operation == Operation.READ && permits(actor, operation, facts));
	}

	static boolean permits(Actor actor, Operation operation, RecordFacts facts) {
		if (actor.component() == null) {
			return false;
		}
		return switch (operation) {
			case CREATE -> actor.hasRole(OfficeRoles.EXEC_SEC);
			case SEARCH -> actor.hasAnyRole(OfficeRoles.EXEC_SEC, OfficeRoles.ACTION_OFFICER);
			case READ -> TaskerViewers.sees(actor, facts.assignees());
			case UPDATE -> isAssigningOffice(actor, facts);
			case DELETE, EXPORT, DISCLOSE -> false;
		};
	}

	static boolean isAssigningOffice(Actor actor, RecordFacts facts) {
		return actor.hasRole(OfficeRoles.EXEC_SEC)
				&& (facts.ownedByComponentOf(actor) || OfficeRoles.seesEverything(actor));
	}
}
