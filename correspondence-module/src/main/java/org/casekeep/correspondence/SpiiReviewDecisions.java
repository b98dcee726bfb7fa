package org.casekeep.correspondence;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The decisions of an SPII review, one per finding.
 *
 * @param version the version of the correspondence the reviewer saw; a stale one is refused (409).
 * @param bodyExtraneous whether the whole text is extraneous to the matter (shown greyed out, IQ).
 */
public record SpiiReviewDecisions(@Nullable Long version, @Nullable List<SpiiReviewDecision> decisions,
		@Nullable Boolean bodyExtraneous) {
}
