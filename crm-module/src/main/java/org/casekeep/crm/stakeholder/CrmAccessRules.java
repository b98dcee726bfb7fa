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

	static boolean permits(Actor actor, Operation operation, RecordFacts facts) {
		if (!actor.hasRole(CrmRoles.USER)) {
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
}
