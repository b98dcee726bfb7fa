package org.casekeep.kernel.disclosurecontrol;

import org.jspecify.annotations.Nullable;

/**
 * What a reader of the published tables can infer about a hidden cell: values consistent with everything published
 * and with additivity. This is derived from published numbers only, so it may itself be published beside the tables
 * (it shows how well each hidden cell is protected).
 * <p>
 * Both ends are values of the cell in tables the reader cannot tell from the true one. With {@link Bounds#OPTIMAL}
 * they are the smallest and largest such values (the linear program's optima); with {@link Bounds#WITNESSED} the
 * audit stopped once the tables it had found already spread the cell at least the protection width, so the reader's
 * true range is this one or wider. A range that fails the protection width is always {@link Bounds#OPTIMAL}.
 *
 * @param cell the hidden cell.
 * @param lower a value the cell can take, at least 1 (zeros are published, so a hidden cell is known not to be 0).
 * @param upper a larger value the cell can take, {@code null} where nothing published bounds the cell.
 * @param bounds whether {@code lower} and {@code upper} are the reader's sharpest bounds or witnessed values.
 */
public record CellRange(CellKey cell, long lower, @Nullable Long upper, Bounds bounds) {

	/** Whether a range's ends are the reader's sharpest bounds. */
	public enum Bounds {
		/** The smallest and largest feasible values. */
		OPTIMAL,
		/** Feasible values at least as far apart as the protection width; the true range may be wider. */
		WITNESSED
	}

	/** A range whose ends are the reader's sharpest bounds. */
	public CellRange(CellKey cell, long lower, @Nullable Long upper) {
		this(cell, lower, upper, Bounds.OPTIMAL);
	}

	/** Whether the range is a single value: the hidden cell is disclosed exactly. */
	public boolean isExact() {
		return upper != null && upper == lower;
	}

	/** Whether {@code upper − lower ≥ width}; an unbounded range is wide enough for any width. */
	public boolean isAtLeast(long width) {
		return upper == null || upper - lower >= width;
	}

	@Override
	public String toString() {
		return cell + (bounds == Bounds.WITNESSED ? " in at least [" : " in [") + lower + ", "
				+ (upper == null ? "∞" : upper) + "]";
	}
}
