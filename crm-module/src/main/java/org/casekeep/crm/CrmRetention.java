package org.casekeep.crm;

import org.casekeep.kernel.retention.RecordDestroyer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How CRM records leave when their retention ends (CRM PIA 3.2: not contacted within one year): the kernel hands
 * each record due to these destroyers and certifies the destruction. A record already gone is nothing to do.
 */
@Configuration(proxyBeanMethods = false)
class CrmRetention {

	@Bean
	RecordDestroyer individualDestroyer(IndividualDirectory individuals) {
		return RecordDestroyer.of(Individual.RECORD_TYPE, individuals::destroyExpired);
	}

	@Bean
	RecordDestroyer organizationDestroyer(OrganizationDirectory organizations) {
		return RecordDestroyer.of(Organization.RECORD_TYPE, organizations::destroyExpired);
	}
}
