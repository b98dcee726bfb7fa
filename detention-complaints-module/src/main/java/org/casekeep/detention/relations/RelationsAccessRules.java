package org.casekeep.detention.relations;

import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.kernel.access.AccessRule;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may do what with OIDO's stakeholders and engagements, deny by default (PIA 3.3, 8.1, 8.3): OIDO analysts and
 * managers keep the office's external relations; intake staff (who create complaints only), other components and
 * platform administrators nothing. Nothing here is exported or disclosed (it is used only to contact stakeholders,
 * PIA 3.1, 4.1).
 */
@Configuration(proxyBeanMethods = false)
class RelationsAccessRules {

	@Bean
	AccessRule stakeholderAccess() {
		return AccessRule.of(Stakeholder.RECORD_TYPE, RelationsAccessRules::permits);
	}

	@Bean
	AccessRule oidoEngagementAccess() {
		return AccessRule.of(StakeholderEngagement.RECORD_TYPE, RelationsAccessRules::permits);
	}

	static boolean permits(Actor actor, Operation operation, RecordFacts facts) {
		return switch (operation) {
			case CREATE, READ, SEARCH, UPDATE, DELETE -> OidoRoles.worksCases(actor);
			case EXPORT, DISCLOSE -> false;
		};
	}
}
