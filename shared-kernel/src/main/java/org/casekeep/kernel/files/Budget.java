package org.casekeep.kernel.files;

import org.casekeep.kernel.files.FileRefusedException.Limit;
import org.jspecify.annotations.Nullable;

/**
 * What one file's extraction has spent: inflated bytes, archive entries, PDF pages, embedded documents, and the first
 * limit it broke. Parsers swallow exceptions of embedded documents, so a refusal is also kept here and rethrown
 * after the parse; the deadline is checked on every piece of text the parser writes, so an abandoned parse stops.
 */
final class Budget {

	private final long deadlineNanos;
	private long inflated;
	private int entries;
	private int pages;
	private volatile @Nullable FileRefusedException refusal;

	Budget(long deadlineNanos) {
		this.deadlineNanos = deadlineNanos;
	}

	void inflate(long bytes, FileLimits limits) {
		inflated += bytes;
		if (inflated > limits.maxInflatedSize().toBytes()) {
			throw refuse(Limit.INFLATED_SIZE, "It inflates to more than " + limits.maxInflatedSize().toMegabytes()
					+ " MB.");
		}
		checkTime();
	}

	int entries() {
		return entries;
	}

	void countEntries(int count) {
		entries += count;
	}

	void page(FileLimits limits) {
		if (++pages > limits.maxPages()) {
			throw refuse(Limit.PAGES, "It has more than " + limits.maxPages() + " pages.");
		}
	}

	void checkTime() {
		FileRefusedException already = refusal;
		if (already != null) {
			throw already;
		}
		if (System.nanoTime() - deadlineNanos > 0) {
			throw refuse(Limit.TIME, "It could not be read in the time allowed.");
		}
	}

	/** Records the first refusal and answers it, to be thrown. */
	FileRefusedException refuse(Limit limit, String message) {
		FileRefusedException already = refusal;
		if (already != null) {
			return already;
		}
		FileRefusedException ex = new FileRefusedException(limit, message);
		refusal = ex;
		return ex;
	}

	/** Marks the parse abandoned: its next write stops it. */
	void abandon() {
		refuse(Limit.TIME, "It could not be read in the time allowed.");
	}

	@Nullable FileRefusedException refusal() {
		return refusal;
	}
}
