package org.casekeep.crm.stakeholder;

import org.casekeep.kernel.access.AccessRule;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.ExplainedAccessDenial;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what in the CRM, the same for individuals and organizations. Every CRM user of every participating
 * component may find, read, add and correct stakeholders (CRM PIA 4.1, 7.2); only the record's owner or a CRM
 * administrator of the owning component deletes (PIA 6.3); only CRM administrators export or disclose (PIA 8.5).
 * A CRM user whose access their office administrator has not approved (PIA 8.1) is refused everything, and told so.
 * Everyone else: nothing.
 */
@Configuration(proxyBeanMethods = false)
public class CrmAccessRules {

	/** What a CRM user whose access is not approved is told, on pages and in problem documents. */
	public static final String AWAITING_APPROVAL = "Your access to the CRM awaits approval by your office's CRM "
			+ "administrator.";

	private final ApprovedUsers approvals;

	CrmAccessRules(ApprovedUsers approvals) {
		this.approvals = approvals;
	}

	@Bean
	AccessRule individualAccess() {
		return rule(Stakeholder.INDIVIDUAL);
	}

	@Bean
	AccessRule organizationAccess() {
		return rule(Stakeholder.ORGANIZATION);
	}

	/**
	 * Whether the actor administers the CRM of their component: moves records between its users (when an owner
	 * leaves) and approves its users' access (CRM PIA 8.1: users are approved by their office administrator).
	 */
	public boolean administers(Actor actor) {
		return actor.hasRole(CrmRoles.ADMIN) && mayUse(actor);
	}

	/**
	 * The actor, if they administer their component's CRM.
	 * @throws ExplainedAccessDenial saying so if the actor's access awaits approval.
	 * @throws AccessDeniedException for anyone else who is not a CRM administrator.
	 */
	public Actor requireAdministrator(Actor actor) {
		if (administers(actor)) {
			return actor;
		}
		String reason = refusal(actor);
		if (reason != null) {
			throw new ExplainedAccessDenial(reason);
		}
		throw new AccessDeniedException("Only your office's CRM administrator may do this");
	}

	/** Whether the actor may use the CRM at all: a CRM user of a component whose access was approved (PIA 8.1). */
	public boolean mayUse(Actor actor) {
		// The role is the precondition, the approval the gate; fail closed.
		return actor.hasRole(CrmRoles.USER) && actor.component() != null && approvals.isApproved(actor);
	}

	boolean permits(Actor actor, Operation operation, RecordFacts facts) {
		if (!mayUse(actor)) {
			return false;
		}
		return switch (operation) {
			case READ, SEARCH, CREATE, UPDATE -> true;
			case DELETE -> ownerOrComponentAdmin(actor, facts);
			case EXPORT, DISCLOSE -> actor.hasRole(CrmRoles.ADMIN);
		};
	}

	/** Whether the actor owns the record or is a CRM administrator of its owning component (PIA 6.3). */
	public static boolean ownerOrComponentAdmin(Actor actor, RecordFacts facts) {
		return facts.ownedBy(actor) || (actor.hasRole(CrmRoles.ADMIN) && facts.ownedByComponentOf(actor));
	}

	/** {@link #AWAITING_APPROVAL} for a CRM user not approved yet (or any more); nothing for anyone else. */
	public @Nullable String refusal(Actor actor) {
		return actor.hasRole(CrmRoles.USER) && !mayUse(actor) ? AWAITING_APPROVAL : null;
	}

	private AccessRule rule(String recordType) {
		return AccessRule.of(recordType, this::permits, this::refusal);
	}
}
