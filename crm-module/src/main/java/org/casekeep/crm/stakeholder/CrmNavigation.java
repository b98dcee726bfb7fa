package org.casekeep.crm.stakeholder;

import org.casekeep.kernel.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The CRM's place in the navigation and on the home page: for CRM users of every participating component. */
@Configuration(proxyBeanMethods = false)
class CrmNavigation {

	@Bean
	NavigationEntry crmArea() {
		return new NavigationEntry(10, "CRM", "Stakeholder CRM", "/crm/individuals", "/crm",
				"Find and keep up to date the individuals and organizations your office works with on outreach.", true,
				actor -> actor.hasRole(CrmRoles.USER));
	}
}
