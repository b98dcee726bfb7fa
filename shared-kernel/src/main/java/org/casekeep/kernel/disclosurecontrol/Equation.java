package org.casekeep.kernel.disclosurecontrol;

import java.util.ArrayList;
import java.util.List;

/**
 * One additivity relation a reader of the published tables knows: the total cell equals the sum of its parts (a row
 * total is the sum of the row, the grand total the sum of the row totals, and so on).
 */
record Equation(CellKey total, List<CellKey> parts) {

	Equation {
		parts = List.copyOf(parts);
	}

	/** The total followed by its parts. */
	List<CellKey> cells() {
		List<CellKey> cells = new ArrayList<>(parts.size() + 1);
		cells.add(total);
		cells.addAll(parts);
		return cells;
	}

	/** +1 for the total, −1 for a part: the coefficient of the cell in {@code total − Σ parts = 0}. */
	int coefficient(CellKey cell) {
		return cell.equals(total) ? 1 : -1;
	}
}
