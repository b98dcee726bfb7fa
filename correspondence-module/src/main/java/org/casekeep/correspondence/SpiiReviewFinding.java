package org.casekeep.correspondence;

import java.util.UUID;

import org.casekeep.kernel.pii.ReleasedAs;
import org.jspecify.annotations.Nullable;

/**
 * One SPII finding as a reviewer sees it: where it is, what kind, and an excerpt in which every sensitive value is
 * masked. Never holds the value itself.
 *
 * @param location the field name ({@code body}, {@code aNumber}…) or the id of the attachment.
 * @param locationLabel the same, for people (the field's label or the file name).
 * @param kind the kind's name, e.g. {@code SSN}.
 * @param kindLabel e.g. "Social Security number".
 * @param decision {@code REDACT}, {@code KEEP}, or {@literal null} while undecided.
 */
@ReleasedAs(SpiiReviewItem.RECORD_TYPE)
public record SpiiReviewFinding(UUID id, String location, String locationLabel, String kind, String kindLabel,
		String maskedExcerpt, @Nullable String decision, @Nullable String justification, boolean extraneous) {
}
