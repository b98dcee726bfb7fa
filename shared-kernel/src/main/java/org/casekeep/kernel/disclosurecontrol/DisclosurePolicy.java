package org.casekeep.kernel.disclosurecontrol;

/**
 * What a publication must satisfy.
 *
 * @param threshold the minimum cell: a non-zero count below it is primary-suppressed. The CMS cell-size policy
 * publishes 11 and up (suppresses 1–10); a study's privacy office may set its own.
 * @param protectionWidth how wide the audit's feasible range of every hidden cell must be, {@code max − min ≥} this
 * (at least 1, so that no hidden cell is disclosed exactly). A width of the threshold means the published tables
 * never narrow a small cell down to fewer values than the suppressed ones (1 to threshold − 1) and its range always
 * reaches a publishable value, so a reader cannot even tell that the cell is small.
 * @param maxSolverIterations the simplex iterations allowed to each minimisation or maximisation of the audit;
 * exceeding them refuses the publication.
 */
public record DisclosurePolicy(int threshold, int protectionWidth, int maxSolverIterations) {

	/** The CMS policy: minimum cell 11, every hidden cell's range at least 11 wide. */
	public static final int CMS_THRESHOLD = 11;

	static final int DEFAULT_MAX_SOLVER_ITERATIONS = 100_000;

	public DisclosurePolicy {
		if (threshold < 1) {
			throw new IllegalArgumentException("The threshold must be at least 1: " + threshold);
		}
		if (protectionWidth < 1) {
			throw new IllegalArgumentException("The protection width must be at least 1: " + protectionWidth);
		}
		if (maxSolverIterations < 1) {
			throw new IllegalArgumentException("The solver needs at least one iteration: " + maxSolverIterations);
		}
	}

	/** The CMS policy, the default of every report: minimum cell 11, protection width 11. */
	public static DisclosurePolicy cms() {
		return minimumCell(CMS_THRESHOLD);
	}

	/** A minimum cell set by a privacy office, with a protection width of the same size. */
	public static DisclosurePolicy minimumCell(int threshold) {
		return new DisclosurePolicy(threshold, threshold, DEFAULT_MAX_SOLVER_ITERATIONS);
	}

	/** Whether a true count is below the minimum cell and must be primary-suppressed. Zeros are published. */
	boolean isSmall(long count) {
		return count > 0 && count < threshold;
	}
}
