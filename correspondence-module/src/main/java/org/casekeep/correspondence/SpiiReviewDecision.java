package org.casekeep.correspondence;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A reviewer's decision on one finding.
 *
 * @param decision {@code REDACT} or {@code KEEP}.
 * @param justification why the value is kept, at least 10 characters; required for {@code KEEP}.
 * @param extraneous whether the passage is extraneous to the matter, shown greyed out (IQ).
 */
public record SpiiReviewDecision(@Nullable UUID findingId, @Nullable String decision, @Nullable String justification,
		@Nullable Boolean extraneous) {
}
