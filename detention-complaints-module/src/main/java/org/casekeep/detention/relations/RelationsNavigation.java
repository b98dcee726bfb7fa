package org.casekeep.detention.relations;

import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** OIDO's external relations in the primary navigation, for those who keep them (PIA 8.1). */
@Configuration(proxyBeanMethods = false)
class RelationsNavigation {

	@Bean
	static NavigationEntry externalRelations() {
		return new NavigationEntry(41, "OIDO relations", "OIDO external relations", RelationsPages.PATH,
				RelationsPages.PATH, "OIDO's stakeholders, engagements and reminders for future actions.", true,
				(Actor actor) -> OidoRoles.worksCases(actor));
	}
}
