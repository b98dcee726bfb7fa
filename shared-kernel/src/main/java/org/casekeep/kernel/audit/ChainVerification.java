package org.casekeep.kernel.audit;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The result of walking the audit chains and checking them against their signed checkpoints.
 *
 * @param intact whether every entry's hash and link are as written and every chain agrees with its checkpoints:
 * {@code findings} is empty.
 * @param entriesChecked how many entries were read.
 * @param checkpointsChecked how many signed checkpoints were read from the checkpoint directory.
 * @param firstBrokenEntryId the id of the first entry (in chain order) a finding names, or {@literal null}.
 * @param problem a plain description of the first finding, or {@literal null} when intact.
 * @param findings what is wrong, at most one finding of each kind per chain, in chain order; never {@literal null}.
 * @param took how long the walk took.
 */
public record ChainVerification(boolean intact, long entriesChecked, long checkpointsChecked,
		@Nullable Long firstBrokenEntryId, @Nullable String problem, List<Finding> findings, Duration took) {

	public ChainVerification {
		findings = List.copyOf(findings);
	}

	static ChainVerification of(long entriesChecked, long checkpointsChecked, List<Finding> findings, Duration took) {
		Long firstBroken = findings.stream().map(Finding::entryId).filter(id -> id != null).findFirst().orElse(null);
		String problem = findings.isEmpty() ? null : findings.getFirst().description();
		return new ChainVerification(findings.isEmpty(), entriesChecked, checkpointsChecked, firstBroken, problem,
				findings, took);
	}

	/** Entries verified per second. */
	public double entriesPerSecond() {
		double seconds = Math.max(took.toNanos(), 1) / 1e9;
		return entriesChecked / seconds;
	}

	/**
	 * One thing verification found wrong.
	 *
	 * @param kind what kind of tampering it shows.
	 * @param chain the audit chain it concerns.
	 * @param entryId the entry it names, if any.
	 * @param checkpoint the number of the checkpoint it names, if any.
	 * @param description what is wrong, in plain words, naming identifiers only.
	 */
	public record Finding(Kind kind, String chain, @Nullable Long entryId, @Nullable Long checkpoint,
			String description) {
	}

	/** The kinds of tampering verification tells apart. */
	public enum Kind {
		/** An entry's content no longer matches its hash: it was edited after it was written. */
		EDITED_ENTRY,
		/** An entry is missing from the middle of a chain, or one was inserted: the links do not follow. */
		BROKEN_LINK,
		/**
		 * The chain holds together on its own but disagrees with a signed checkpoint: entries were edited and the
		 * hashes after them recomputed, which the hash chain alone cannot show.
		 */
		REWRITTEN_CHAIN,
		/** Entries at the end of a chain were removed: the chain ends before its head or a signed checkpoint. */
		REMOVED_TAIL,
		/**
		 * A checkpoint is missing: the checkpoints of a chain do not follow one another, or entries that a checkpoint
		 * should long have covered are covered by none.
		 */
		MISSING_CHECKPOINT,
		/** A checkpoint does not match its signature under the published key. */
		ALTERED_CHECKPOINT
	}
}
