package org.casekeep.crm.stakeholder;

import org.casekeep.kernel.access.AccessRule;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may do what in the CRM, the same for individuals and organizations. Every CRM user of every participating
 * component may find, read, add and correct stakeholders (CRM PIA 4.1, 7.2); only the record's owner or a CRM
 * administrator of the owning component deletes (PIA 6.3); only CRM administrators export or disclose (PIA 8.5).
 * Everyone else: nothing.
 */
@Configuration(proxyBeanMethods = false)
public class CrmAccessRules {

	@Bean
	AccessRule individualAccess() {
		return AccessRule.of(Stakeholder.INDIVIDUAL, CrmAccessRules::permits);
	}

	@Bean
	AccessRule organizationAccess() {
		return AccessRule.of(Stakeholder.ORGANIZATION, CrmAccessRules::permits);
	}

	/**
	 * Whether the actor administers the CRM of their component: moves records between its users (when an owner
	 * leaves) and approves its users' access (CRM PIA 8.1: users are approved by their office administrator).
	 */
	public boolean administers(Actor actor) {
		return actor.hasRole(CrmRoles.ADMIN) && actor.hasRole(CrmRoles.USER) && actor.component() != null;
	}

	static boolean permits(Actor actor, Operation operation, RecordFacts facts) {
		if (!actor.hasRole(CrmRoles.USER)) {
			return false;
		}
		return switch (operation) {
			case READ, SEARCH, CREATE, UPDATE -> true;
			case DELETE -> facts.ownedBy(actor) || (actor.hasRole(CrmRoles.ADMIN) && facts.ownedByComponentOf(actor));
			case EXPORT, DISCLOSE -> actor.hasRole(CrmRoles.ADMIN);
		};
	}
}
