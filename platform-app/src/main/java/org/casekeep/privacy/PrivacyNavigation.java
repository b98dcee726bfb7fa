package org.casekeep.privacy;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.audit.AuditLog;
import org.casekeep.kernel.disclosure.DisclosureAccounting;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.retention.approval.ScheduleApprovals;
import org.casekeep.kernel.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The privacy console's place in the navigation: for whoever may use one of its pages, as the kernel decides. */
@Configuration(proxyBeanMethods = false)
class PrivacyNavigation {

	@Bean
	NavigationEntry privacyArea() {
		return new NavigationEntry(90, "Privacy", "Privacy office", "/privacy", "/privacy",
				"Review the data inventory, the audit trail, retention and the accounting of disclosures.", true,
				PrivacyNavigation::usesTheConsole);
	}

	/** The records officer's area: approved records schedules and failed archives (Detention Ombudsman PIA 5.1-5.2). */
	@Bean
	NavigationEntry recordsArea() {
		return new NavigationEntry(91, "Records", "Records schedules", RecordsSchedulePages.PATH, "/records",
				"Enter the records schedules NARA approved and follow the archives written before removal.", true,
				ScheduleApprovals::mayEnter);
	}

	/** Those who review, and those who account for disclosures (Executive Secretariat, CRM and OIDO approvers). */
	static boolean usesTheConsole(Actor actor) {
		return AuditLog.mayReview(actor) || RetentionRegistry.mayReadDestructionLog(actor)
				|| RetentionRegistry.mayPlaceLegalHold(actor) || DisclosureAccounting.mayReview(actor)
				|| DisclosureAccounting.mayAccount(actor);
	}
}
