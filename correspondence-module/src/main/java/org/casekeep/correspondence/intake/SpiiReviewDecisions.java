package org.casekeep.correspondence.intake;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The decisions of an SPII review, one per finding (PIA 3.4).
 *
 * @param version the version of the correspondence the reviewer saw; a stale one is refused (409).
 * @param bodyExtraneous whether the whole text is extraneous to the matter (shown greyed out, IQ).
 */
public record SpiiReviewDecisions(@Nullable Long version, @Nullable List<Decision> decisions,
		@Nullable Boolean bodyExtraneous) {

	/**
	 * A reviewer's decision on one finding.
	 *
	 * @param decision {@code REDACT} or {@code KEEP}.
	 * @param justification why the value is kept, at least 10 characters; required for {@code KEEP}.
	 * @param extraneous whether the passage is extraneous to the matter, shown greyed out (IQ).
	 */
	public record Decision(@Nullable UUID findingId, @Nullable String decision, @Nullable String justification,
			@Nullable Boolean extraneous) {
	}
}
