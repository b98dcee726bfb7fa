package org.casekeep.kernel.audit;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The result of walking the audit chains.
 *
 * @param intact whether every entry's hash and link are as written.
 * @param entriesChecked how many entries were read.
 * @param firstBrokenEntryId the id of the first entry (in chain order) whose hash, link or sequence is wrong.
 * @param problem a plain description of what is wrong with it.
 * @param took how long the walk took.
 */
public record ChainVerification(boolean intact, long entriesChecked, @Nullable Long firstBrokenEntryId,
		@Nullable String problem, Duration took) {

	/** Entries verified per second. */
	public double entriesPerSecond() {
		double seconds = Math.max(took.toNanos(), 1) / 1e9;
		return entriesChecked / seconds;
	}
}
