package org.casekeep.kernel.disclosurecontrol;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Which population a cell counts: one category per dimension it is broken down by; a dimension absent from the key is
 * totalled over. {@code state=CA, category=medical} is an inner cell of a state-by-category table, {@code state=CA}
 * its row total, the empty key the grand total.
 * <p>
 * The key is the cell's identity across tables: two tables protected together that both have {@code state=CA}
 * publish (or hide) the same number, and disclosure control treats it as one cell.
 *
 * @param coordinates dimension name to category, sorted by dimension name.
 */
public record CellKey(SortedMap<String, String> coordinates) implements Comparable<CellKey> {

	/** The grand total: no breakdown at all. */
	public static final CellKey TOTAL = new CellKey(new TreeMap<>());

	public CellKey {
		coordinates = Collections.unmodifiableSortedMap(new TreeMap<>(coordinates));
	}

	public static CellKey of(Map<String, String> coordinates) {
		return new CellKey(new TreeMap<>(coordinates));
	}

	/** The category of the dimension, or {@code null} where the cell totals over it. */
	public @Nullable String category(String dimension) {
		return coordinates.get(dimension);
	}

	/** Whether the cell totals over the dimension (is a margin in that direction). */
	public boolean isTotalOver(String dimension) {
		return !coordinates.containsKey(dimension);
	}

	/** The cell one level down: this population broken down by the dimension's category. */
	public CellKey with(String dimension, String category) {
		TreeMap<String, String> narrower = new TreeMap<>(coordinates);
		narrower.put(dimension, category);
		return new CellKey(narrower);
	}

	/** Inner cells first (more coordinates), then by text, so every choice that walks cells is repeatable. */
	@Override
	public int compareTo(CellKey other) {
		int byDepth = Integer.compare(other.coordinates.size(), coordinates.size());
		return byDepth != 0 ? byDepth : toString().compareTo(other.toString());
	}

	/** {@code category=medical, state=CA}, or {@code total} for the grand total. */
	@Override
	public String toString() {
		if (coordinates.isEmpty()) {
			return "total";
		}
		StringBuilder text = new StringBuilder();
		coordinates.forEach((dimension, category) -> {
			if (!text.isEmpty()) {
				text.append(", ");
			}
			text.append(dimension).append('=').append(category);
		});
		return text.toString();
	}
}
