package org.casekeep.kernel.review;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One week's review of the audit trail by the ISSO (CRM PIA 2.4, 8.5) and its report. A week runs Monday to Sunday,
 * UTC; the review due in a week covers the whole week before it ({@code periodFrom} inclusive, {@code periodTo}
 * exclusive).
 *
 * @param week the Monday of the week the review is due in.
 * @param status {@link Status#SIGNED_OFF}, {@link Status#DUE} (this week, not signed off yet) or
 * {@link Status#MISSED} (the week passed without a sign-off).
 * @param entries the entries of the period: as counted at sign-off, or as the trail holds them now if not signed off.
 * @param denials how many of them are refusals ({@code ACCESS_DENIED}).
 * @param note the reviewer's note, {@literal null} if none or not signed off.
 * @param signedOffBy the reviewer, {@literal null} if not signed off.
 * @param signedOffAt when, {@literal null} if not signed off.
 */
public record AuditReview(LocalDate week, Status status, Instant periodFrom, Instant periodTo, long entries,
		long denials, @Nullable String note, @Nullable String signedOffBy, @Nullable Instant signedOffAt) {

	/** Where a week's review stands. */
	public enum Status {
		SIGNED_OFF, DUE, MISSED
	}
}
