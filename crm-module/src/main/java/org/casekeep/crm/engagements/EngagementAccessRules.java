package org.casekeep.crm.engagements;

import org.casekeep.crm.stakeholder.CrmAccessRules;
import org.casekeep.crm.stakeholder.CrmRoles;
import org.casekeep.kernel.access.AccessRule;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.retention.RecordDestroyer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may do what with events. Every CRM user of every participating component finds, reads and records events
 * (CRM PIA 4.1: events participated in are shared with all offices); only the event's owner or a CRM administrator of
 * its owning component changes or deletes it, attendees included; only CRM administrators export or disclose (PIA
 * 8.5). A CRM user whose access is not approved yet sees nothing, as with stakeholders. Everyone else: nothing.
 */
@Configuration(proxyBeanMethods = false)
class EngagementAccessRules {

	/** The CRM's own gate (PIA 8.1): a CRM user whose access is not approved sees no event either. */
	@Bean
	AccessRule engagementAccess(CrmAccessRules crm) {
		return AccessRule.of(Engagement.RECORD_TYPE, (actor, operation, facts) -> crm.mayUse(actor)
				&& permits(actor, operation, facts), crm::refusal);
	}

	/** PIA 3.2: an event is reference material, destroyed with the kernel's certificate when its time is up. */
	@Bean
	RecordDestroyer engagementDestroyer(Engagements engagements) {
		return RecordDestroyer.of(Engagement.RECORD_TYPE, id -> engagements.findById(id).ifPresent(engagements::delete));
	}

	static boolean permits(Actor actor, Operation operation, RecordFacts facts) {
		if (!actor.hasRole(CrmRoles.USER)) {
			return false;
		}
		return switch (operation) {
			case READ, SEARCH, CREATE -> true;
			case UPDATE, DELETE -> CrmAccessRules.ownerOrComponentAdmin(actor, facts);
			case EXPORT, DISCLOSE -> actor.hasRole(CrmRoles.ADMIN);
		};
	}
}
