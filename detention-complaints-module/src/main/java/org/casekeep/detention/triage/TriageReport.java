package org.casekeep.detention.triage;

import java.util.List;
import java.util.UUID;

import org.casekeep.detention.complaint.ComplaintStatus;
import org.casekeep.detention.complaint.ComplaintSummary;
import org.casekeep.detention.complaint.Jurisdiction;
import org.jspecify.annotations.Nullable;

/**
 * What triage reviews a complaint for (OIDO PIA overview): previous complaints about the same detainee, consent,
 * jurisdiction and emergency circumstances. The previous complaints were read-audited as they were released.
 *
 * @param sameANumber earlier complaints with the detainee's A-Number.
 * @param similarNameSameBirthDate complaints with the same date of birth and a similar name, not already above.
 */
public record TriageReport(UUID id, ComplaintStatus status, long version, List<ComplaintSummary> sameANumber,
		List<ComplaintSummary> similarNameSameBirthDate, boolean consentToInvestigate, boolean consentToRepresentative,
		@Nullable Jurisdiction jurisdiction, boolean emergency) {

	/** Whether any previous complaint was found. */
	public boolean hasPrevious() {
		return !sameANumber.isEmpty() || !similarNameSameBirthDate.isEmpty();
	}
}
