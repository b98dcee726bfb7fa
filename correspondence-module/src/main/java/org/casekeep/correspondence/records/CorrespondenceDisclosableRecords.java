package org.casekeep.correspondence.records;

import org.casekeep.correspondence.intake.TrackedCorrespondence;
import org.casekeep.kernel.disclosure.DisclosableRecords;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells the kernel's accounting of disclosures which correspondence and documents exist and who may share them
 * (PIA 6.4: shared only as an approved routine use allows, by those who may disclose the record).
 */
@Configuration(proxyBeanMethods = false)
class CorrespondenceDisclosableRecords {

	@Bean
	DisclosableRecords disclosableCorrespondence(TrackedCorrespondence correspondence) {
		return DisclosableRecords.of(TrackedCorrespondence.CORRESPONDENCE,
				id -> correspondence.disclosable(TrackedCorrespondence.CORRESPONDENCE, id));
	}

	@Bean
	DisclosableRecords disclosableCorrespondenceDocuments(TrackedCorrespondence correspondence) {
		return DisclosableRecords.of(TrackedCorrespondence.ATTACHMENT,
				id -> correspondence.disclosable(TrackedCorrespondence.ATTACHMENT, id));
	}
}
