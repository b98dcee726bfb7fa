package org.casekeep.detention.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.pii.ReleasedAs;
import org.jspecify.annotations.Nullable;

/** A complaint as a row of the work queue or of triage's previous complaints; read-audited like the whole. */
@ReleasedAs(ComplaintRecords.RECORD_TYPE)
public record ComplaintSummary(UUID id, String caseNumber, ComplaintStatus status, Channel channel,
		LocalDate receivedOn, @Nullable String detaineeName, @Nullable String aNumber, @Nullable LocalDate dateOfBirth,
		@Nullable List<String> categories, boolean emergency, @Nullable String assignedAnalyst, Instant createdAt) {

	static ComplaintSummary of(Complaint c) {
		return new ComplaintSummary(c.getId(), c.caseNumber(), c.status(), c.channel(), c.receivedOn(),
				c.detaineeName(), c.aNumber(), c.dateOfBirth(), c.categories(), c.emergency(), c.assignedAnalyst(),
				c.createdAt());
	}
}
