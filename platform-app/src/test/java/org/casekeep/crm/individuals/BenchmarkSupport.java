package org.casekeep.crm.individuals;

import java.util.List;

import org.casekeep.crm.stakeholder.StakeholderRecords;
import org.casekeep.crm.stakeholder.IssueCatalog;
import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.AccessRule;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.pii.PersonalDataCatalog;
import org.casekeep.kernel.pii.PersonalDataGuard;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.springframework.context.ApplicationContext;

/** For benchmarks only: the CRM's directory wired exactly as in the application, but with auditing off. */
public final class BenchmarkSupport {

	static final AuditTrail AUDITING_OFF = new AuditTrail() {
		@Override
		public void record(AuditEvent event) {
		}

		@Override
		public void recordIndependently(AuditEvent event) {
		}
	};

	private BenchmarkSupport() {
	}

	public static IndividualDirectory unauditedDirectory(ApplicationContext context) {
		List<AccessRule> rules = List.copyOf(context.getBeansOfType(AccessRule.class).values());
		StakeholderRecords unaudited = new StakeholderRecords(new AccessPolicy(rules, AUDITING_OFF),
				new PersonalDataGuard(context.getBean(PersonalDataCatalog.class), AUDITING_OFF), AUDITING_OFF,
				context.getBean(RetentionRegistry.class));
		return new IndividualDirectory(context.getBean(Individuals.class), unaudited,
				context.getBean(IndividualRetention.class), context.getBean(NotesReview.class), context,
				context.getBean(IssueCatalog.class));
	}
}
