package org.casekeep.detention.sharing;

import java.util.Optional;

import org.casekeep.detention.complaint.ComplaintCase.ComplaintId;
import org.casekeep.detention.complaint.ComplaintFacts;
import org.casekeep.detention.complaint.ComplaintRecords;
import org.casekeep.detention.documents.SupportingDocuments;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.disclosure.DisclosableRecords;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells the kernel's accounting of disclosures which complaints and supporting documents exist and what decides who
 * may share them (PIA 6.4): a document is shared as its complaint is. The subject the accounting is kept under is the
 * complaint's case number, the reference the submitter holds, so the Privacy Office finds a subject's accounting by it
 * (5 U.S.C. 552a(c)(3); PIA 7.1).
 */
@Configuration(proxyBeanMethods = false)
class ComplaintDisclosableRecords {

	@Bean
	DisclosableRecords disclosableComplaints(ComplaintRecords complaints) {
		return DisclosableRecords.of(ComplaintRecords.RECORD_TYPE, id -> DisclosableRecords.uuid(id)
			.flatMap(uuid -> found(complaints, new ComplaintId(uuid))));
	}

	@Bean
	DisclosableRecords disclosableComplaintDocuments(ComplaintRecords complaints, SupportingDocuments documents) {
		return DisclosableRecords.of(SupportingDocuments.RECORD_TYPE, id -> DisclosableRecords.uuid(id)
			.flatMap(documents::complaintOf)
			.flatMap(complaint -> found(complaints, complaint)));
	}

	/** The complaint as the access policy decides on it; refused to anyone who may not read it (audited). */
	private static Optional<DisclosableRecords.Found> found(ComplaintRecords complaints, ComplaintId id) {
		try {
			ComplaintFacts facts = complaints.inspect(id);
			return Optional.of(new DisclosableRecords.Found(facts.facts(), facts.caseNumber()));
		}
		catch (RecordNotFoundException ex) {
			return Optional.empty();
		}
	}
}
