package org.casekeep.kernel.disclosurecontrol;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The cells and additivity relations of tables protected together, with each shared cell (the same
 * {@link CellKey} in two tables) counted once. Suppression and audit work on this union, so what one table
 * publishes is known when another's hidden cells are checked.
 */
final class LinkedCells {

	private final Map<CellKey, Long> counts = new TreeMap<>();

	private final List<Equation> equations;

	private final Map<CellKey, List<Equation>> equationsOfCell = new HashMap<>();

	/**
	 * @throws IllegalArgumentException if two tables give the same cell different counts: tables protected together
	 * must count the same population.
	 */
	LinkedCells(Collection<FrequencyTable> tables) {
		if (tables.isEmpty()) {
			throw new IllegalArgumentException("Nothing to protect");
		}
		Set<Equation> distinct = new LinkedHashSet<>();
		for (FrequencyTable table : tables) {
			for (CellKey cell : table.cells()) {
				long count = table.count(cell);
				Long earlier = counts.putIfAbsent(cell, count);
				if (earlier != null && earlier != count) {
					throw new IllegalArgumentException("Cell " + cell + " is " + earlier + " in one table and " + count
							+ " in " + table.name() + ": tables protected together must count the same population");
				}
			}
			distinct.addAll(table.equations());
		}
		this.equations = List.copyOf(distinct);
		for (Equation equation : equations) {
			for (CellKey cell : equation.cells()) {
				equationsOfCell.computeIfAbsent(cell, key -> new ArrayList<>()).add(equation);
			}
		}
	}

	/** Every cell, in {@link CellKey} order. */
	Set<CellKey> cells() {
		return counts.keySet();
	}

	long count(CellKey cell) {
		return counts.get(cell);
	}

	List<Equation> equations() {
		return equations;
	}

	List<Equation> equationsOf(CellKey cell) {
		return equationsOfCell.getOrDefault(cell, List.of());
	}
}
