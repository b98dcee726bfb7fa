package org.casekeep.detention.complaint;

import java.time.LocalDate;
import java.util.List;

import org.casekeep.detention.complaint.ComplaintCase.ComplaintId;
import org.casekeep.kernel.access.RecordFacts;
import org.jspecify.annotations.Nullable;

/**
 * A read-only snapshot of the facts other features look at before they act on a complaint (triage's duplicate check,
 * where a document goes). A copy, so that nothing can change the complaint through it: changes go through
 * {@link ComplaintRecords#change} only, which audits them.
 */
public record ComplaintFacts(ComplaintId id, String caseNumber, ComplaintStatus status, long version,
		@Nullable String aNumber, @Nullable String detaineeName, List<String> detaineeAliases,
		@Nullable LocalDate dateOfBirth, boolean consentToInvestigate, boolean consentToRepresentative,
		boolean emergency, @Nullable Jurisdiction jurisdiction, @Nullable ComplaintId mergedInto, RecordFacts facts) {

	static ComplaintFacts of(Complaint c) {
		return new ComplaintFacts(c.id(), c.caseNumber(), c.status(), c.version(), c.aNumber(), c.detaineeName(),
				c.detaineeAliases(), c.dateOfBirth(), c.consentToInvestigate(), c.consentToRepresentative(),
				c.emergency(), c.jurisdiction(), c.mergedInto(), c.facts());
	}
}
