package org.casekeep.correspondence;

import org.casekeep.kernel.access.AccessRule;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may do what with correspondence, deny by default (DESIGN.md rule 5). Executive Secretariat staff take in,
 * read, search and update the correspondence of their own component; ESEC's staff that of every component. An
 * assignee (see {@link CorrespondenceAssignments}) may read the record assigned to them. Nobody deletes by hand:
 * records go by retention only. Disclosures are recorded by the Executive Secretariat of the owning component.
 */
@Configuration(proxyBeanMethods = false)
class CorrespondenceAccessRules {

	static final String EXEC_SEC = "exec_sec";
	static final String ACTION_OFFICER = "action_officer";
	/** The Executive Secretariat's own component, which sees the correspondence of every component. */
	static final String ESEC = "ESEC";

	@Bean
	AccessRule correspondenceAccess() {
		return AccessRule.of(Correspondence.RECORD_TYPE, CorrespondenceAccessRules::permits);
	}

	@Bean
	AccessRule correspondenceAttachmentAccess() {
		return AccessRule.of(Attachment.RECORD_TYPE, CorrespondenceAccessRules::permits);
	}

	/**
	 * The mailbox quarantine (issue 3 "Bad input"): the Executive Secretariat ({@code exec_sec} users) lists the
	 * messages that could not be taken in and marks them handled; nobody else sees them, nobody deletes them.
	 */
	@Bean
	AccessRule mailboxQuarantineAccess() {
		// The Executive Secretariat of the office the mailbox takes mail in for (and ESEC, which sees every
		// component's correspondence); nobody exports or deletes by hand: entries go by retention.
		return AccessRule.of(MailboxQuarantine.RECORD_TYPE, (actor, operation, facts) -> {
			if (!actor.hasRole(EXEC_SEC) || actor.component() == null) {
				return false;
			}
			return switch (operation) {
				case SEARCH -> true;
				case READ, UPDATE -> seesEveryComponent(actor) || facts.ownedByComponentOf(actor);
				case CREATE, DELETE, EXPORT, DISCLOSE -> false;
			};
		});
	}

	/** Whether the actor sees the correspondence of every component (search filter and reads). */
	static boolean seesEveryComponent(Actor actor) {
		return actor.hasRole(EXEC_SEC) && actor.belongsTo(ESEC);
	}

	static boolean permits(Actor actor, Operation operation, RecordFacts facts) {
		if (actor.hasRole(EXEC_SEC) && actor.component() != null) {
			boolean ownOrAll = seesEveryComponent(actor) || facts.ownedByComponentOf(actor);
			return switch (operation) {
				case CREATE, SEARCH -> true;
				// The leadership of a component a tasker is assigned to reads the correspondence it answers.
				case READ -> ownOrAll || (facts.recordId() != null && facts.assignedTo(actor));
				case UPDATE, DISCLOSE -> ownOrAll;
				case DELETE, EXPORT -> false;
			};
		}
		// Need-to-know: the people a tasker assigns it to may read it (filled in by CorrespondenceAssignments).
		return operation == Operation.READ && facts.recordId() != null && facts.assignedTo(actor);
	}
}
