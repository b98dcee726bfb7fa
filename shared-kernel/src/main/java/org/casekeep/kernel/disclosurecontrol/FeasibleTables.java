package org.casekeep.kernel.disclosurecontrol;

import java.util.HashMap;
import java.util.Map;

/**
 * Tables a reader cannot tell from the true one, found by the audit's linear programs: each gives every hidden cell a
 * value that agrees with every published count and every additivity relation. The true table is always one of them.
 * Two such tables whose values of a cell lie the protection width apart prove that cell protected without solving for
 * its own bounds.
 * <p>
 * They stay valid while suppression goes on: hiding more cells only adds values a reader must consider, and a table
 * found before, with the newly hidden cells at their true counts, still agrees with everything published. So one
 * instance serves every round of one protection, and a cell protected in one round stays protected in the next.
 */
final class FeasibleTables {

	static final double TOLERANCE = 1e-6;

	private final LinkedCells cells;

	/** Per cell, its smallest and largest value over the tables found; a cell absent has only its true count. */
	private final Map<CellKey, double[]> extremes = new HashMap<>();

	private int tables;

	FeasibleTables(LinkedCells cells) {
		this.cells = cells;
	}

	/** Adds a table: the hidden cells' values; a cell absent has its true count. */
	void add(Map<CellKey, Double> values) {
		values.forEach((cell, value) -> {
			double[] seen = extremes.computeIfAbsent(cell, key -> new double[] { cells.count(key), cells.count(key) });
			seen[0] = Math.min(seen[0], value);
			seen[1] = Math.max(seen[1], value);
		});
		tables++;
	}

	int size() {
		return tables;
	}

	/** The cell's smallest and largest integer value over the tables found, the true table included. */
	CellRange spread(CellKey cell) {
		double trueCount = cells.count(cell);
		double[] seen = extremes.getOrDefault(cell, new double[] { trueCount, trueCount });
		return new CellRange(cell, (long) Math.ceil(seen[0] - TOLERANCE), (long) Math.floor(seen[1] + TOLERANCE),
				CellRange.Bounds.WITNESSED);
	}
}
