package org.casekeep.correspondence;

import org.casekeep.kernel.retention.RecordDestroyer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How correspondence records leave when their retention ends (PIA 5.1): the kernel hands each record due to these
 * destroyers, as the system, and keeps the destruction certificate.
 */
@Configuration(proxyBeanMethods = false)
class CorrespondenceRetention {

	@Bean
	RecordDestroyer correspondenceDestroyer(CorrespondenceIntake intake) {
		return RecordDestroyer.of(Correspondence.RECORD_TYPE, intake::destroyExpired);
	}

	@Bean
	RecordDestroyer taskerDestroyer(TaskerRetention taskers) {
		return RecordDestroyer.of(Tasker.RECORD_TYPE, taskers::destroyExpired);
	}

	@Bean
	RecordDestroyer quarantineDestroyer(MailboxQuarantine quarantine) {
		return RecordDestroyer.of(MailboxQuarantine.RECORD_TYPE, quarantine::destroyExpired);
	}
}
