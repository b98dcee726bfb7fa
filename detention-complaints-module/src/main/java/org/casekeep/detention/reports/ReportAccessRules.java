package org.casekeep.detention.reports;

import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.kernel.access.AccessRule;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may see OIDO's reports, deny by default (PIA 3.3, 8.1): the analysts and managers who review all complaints
 * may run the office's reports ({@link Operation#SEARCH}) and generate the annual report to Congress
 * ({@link Operation#EXPORT}). Intake staff, who only create complaints, get none; nobody outside OIDO any, platform
 * administrators and the ISSO included.
 */
@Configuration(proxyBeanMethods = false)
class ReportAccessRules {

	/** The record type of OIDO's reports, in access rules and audit entries. */
	static final String RECORD_TYPE = "detention.report";

	@Bean
	AccessRule reportAccess() {
		return AccessRule.of(RECORD_TYPE, ReportAccessRules::permits);
	}

	static boolean permits(Actor actor, Operation operation, RecordFacts facts) {
		return switch (operation) {
			case SEARCH, EXPORT -> OidoRoles.worksCases(actor);
			case READ, CREATE, UPDATE, DELETE, DISCLOSE -> false;
		};
	}
}
