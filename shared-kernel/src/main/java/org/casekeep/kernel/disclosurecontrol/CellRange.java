package org.casekeep.kernel.disclosurecontrol;

import org.jspecify.annotations.Nullable;

/**
 * What a reader of the published tables can infer about a hidden cell: the smallest and largest value consistent with
 * everything published and with additivity. This is derived from published numbers only, so it may itself be
 * published beside the tables (it shows how well each hidden cell is protected).
 *
 * @param cell the hidden cell.
 * @param lower the smallest feasible value (at least 1: zeros are published, so a hidden cell is known not to be 0).
 * @param upper the largest feasible value, {@code null} where nothing published bounds the cell.
 */
public record CellRange(CellKey cell, long lower, @Nullable Long upper) {

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
		return cell + " in [" + lower + ", " + (upper == null ? "∞" : upper) + "]";
	}
}
