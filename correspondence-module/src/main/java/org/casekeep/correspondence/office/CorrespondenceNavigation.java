package org.casekeep.correspondence.office;

import org.casekeep.kernel.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Correspondence's place in the navigation and on the home page: for the Executive Secretariat and action officers. */
@Configuration(proxyBeanMethods = false)
class CorrespondenceNavigation {

	@Bean
	NavigationEntry correspondenceArea() {
		return new NavigationEntry(20, "Correspondence", "Correspondence and taskers", "/correspondence",
				"/correspondence", "Track incoming correspondence and the taskers that assign offices to answer it.",
				true, actor -> actor.hasAnyRole(OfficeRoles.EXEC_SEC, OfficeRoles.ACTION_OFFICER));
	}
}
