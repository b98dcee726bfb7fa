package org.casekeep.kernel.disclosurecontrol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A frequency table before disclosure control: counts of units (complaints, respondents) cross-classified by one or
 * more {@linkplain Dimension dimensions}, with every margin: the total over each dimension and over each combination
 * of dimensions, down to the grand total. A two-way table has inner cells, row totals, column totals and the grand
 * total; an n-way table has all 2<sup>n</sup> kinds of margins. Margins are computed from the inner cells, so the table
 * is additive by construction.
 * <p>
 * This holds the true counts and must never be rendered as such; {@link DisclosureControl} turns it into a
 * {@link ProtectedTable}. Hierarchical dimensions (state within region) are not modelled: a hierarchy's levels are
 * separate tables here and their link (region = Σ states) is not known to the audit.
 */
public final class FrequencyTable {

	/** Stands for "total over this dimension" where a cell is named by its categories, as in {@link #cell}. */
	public static final String ALL = "*";

	private final String name;

	private final List<Dimension> dimensions;

	private final Map<CellKey, Long> counts;

	private FrequencyTable(String name, List<Dimension> dimensions, Map<CellKey, Long> innerCounts) {
		this.name = name;
		this.dimensions = List.copyOf(dimensions);
		this.counts = Collections.unmodifiableMap(withMargins(this.dimensions, innerCounts));
	}

	/** A table to fill one count at a time, e.g. one per record of a report's query. */
	public static Builder builder(String name, Dimension... dimensions) {
		return new Builder(name, List.of(dimensions));
	}

	/** A two-way table from its inner counts, {@code counts[row][column]}, in the order of the categories. */
	public static FrequencyTable twoWay(String name, Dimension rows, Dimension columns, long[][] counts) {
		if (counts.length != rows.categories().size()) {
			throw new IllegalArgumentException("Expected " + rows.categories().size() + " rows, got " + counts.length);
		}
		Builder builder = builder(name, rows, columns);
		for (int row = 0; row < counts.length; row++) {
			if (counts[row].length != columns.categories().size()) {
				throw new IllegalArgumentException("Row " + row + " has " + counts[row].length + " columns, expected "
						+ columns.categories().size());
			}
			for (int column = 0; column < counts[row].length; column++) {
				builder.add(counts[row][column], rows.categories().get(row), columns.categories().get(column));
			}
		}
		return builder.build();
	}

	public String name() {
		return name;
	}

	public List<Dimension> dimensions() {
		return dimensions;
	}

	/** Every cell, inner cells first, then the margins down to the grand total. */
	public Set<CellKey> cells() {
		return counts.keySet();
	}

	/** The true count of a cell of this table. */
	public long count(CellKey cell) {
		Long count = counts.get(cell);
		if (count == null) {
			throw new IllegalArgumentException("Table " + name + " has no cell " + cell);
		}
		return count;
	}

	/**
	 * The key of a cell named by one category per dimension, in the order of the dimensions, {@link #ALL} for a total:
	 * {@code cell("CA", ALL)} is the row total of California in a state-by-category table.
	 */
	public CellKey cell(String... categories) {
		if (categories.length != dimensions.size()) {
			throw new IllegalArgumentException("Table " + name + " has " + dimensions.size() + " dimensions");
		}
		TreeMap<String, String> coordinates = new TreeMap<>();
		for (int i = 0; i < categories.length; i++) {
			if (!categories[i].equals(ALL)) {
				if (!dimensions.get(i).categories().contains(categories[i])) {
					throw new IllegalArgumentException(dimensions.get(i).name() + " has no category " + categories[i]);
				}
				coordinates.put(dimensions.get(i).name(), categories[i]);
			}
		}
		return new CellKey(coordinates);
	}

	/** The additivity relations a reader knows: each cell totalling over a dimension is the sum of its breakdown. */
	List<Equation> equations() {
		List<Equation> equations = new ArrayList<>();
		for (CellKey cell : counts.keySet()) {
			for (Dimension dimension : dimensions) {
				if (cell.isTotalOver(dimension.name())) {
					List<CellKey> parts = dimension.categories().stream()
						.map(category -> cell.with(dimension.name(), category))
						.toList();
					equations.add(new Equation(cell, parts));
				}
			}
		}
		return equations;
	}

	@Override
	public String toString() {
		return "FrequencyTable " + name + " by " + dimensions.stream().map(Dimension::name).toList();
	}

	private static Map<CellKey, Long> withMargins(List<Dimension> dimensions, Map<CellKey, Long> innerCounts) {
		Map<CellKey, Long> sums = new HashMap<>();
		for (CellKey inner : allKeys(dimensions, 0, CellKey.TOTAL, true)) {
			long count = innerCounts.getOrDefault(inner, 0L);
			for (CellKey margin : generalizations(inner)) {
				sums.merge(margin, count, Long::sum);
			}
		}
		Map<CellKey, Long> ordered = new LinkedHashMap<>();
		allKeys(dimensions, 0, CellKey.TOTAL, false).stream().sorted().forEach(key -> ordered.put(key, sums.get(key)));
		return ordered;
	}

	/** Every key over the dimensions from {@code index} on; inner keys only, or with the totals too. */
	private static List<CellKey> allKeys(List<Dimension> dimensions, int index, CellKey prefix, boolean innerOnly) {
		if (index == dimensions.size()) {
			return List.of(prefix);
		}
		Dimension dimension = dimensions.get(index);
		List<CellKey> keys = new ArrayList<>();
		for (String category : dimension.categories()) {
			keys.addAll(allKeys(dimensions, index + 1, prefix.with(dimension.name(), category), innerOnly));
		}
		if (!innerOnly) {
			keys.addAll(allKeys(dimensions, index + 1, prefix, false));
		}
		return keys;
	}

	/** The cell itself and every margin it counts towards: each subset of its coordinates. */
	private static List<CellKey> generalizations(CellKey inner) {
		List<CellKey> keys = new ArrayList<>(List.of(CellKey.TOTAL));
		inner.coordinates().forEach((dimension, category) -> {
			List<CellKey> extended = new ArrayList<>(keys.size());
			for (CellKey key : keys) {
				extended.add(key.with(dimension, category));
			}
			keys.addAll(extended);
		});
		return keys;
	}

	/** Collects inner counts; adding to the same cell twice sums. */
	public static final class Builder {

		private final String name;

		private final List<Dimension> dimensions;

		private final Map<CellKey, Long> innerCounts = new HashMap<>();

		private Builder(String name, List<Dimension> dimensions) {
			this.name = Objects.requireNonNull(name, "name");
			if (dimensions.isEmpty()) {
				throw new IllegalArgumentException("Table " + name + " needs at least one dimension");
			}
			Set<String> names = new HashSet<>();
			for (Dimension dimension : dimensions) {
				if (!names.add(dimension.name())) {
					throw new IllegalArgumentException("Table " + name + " repeats dimension " + dimension.name());
				}
			}
			this.dimensions = dimensions;
		}

		/** Adds a count to the inner cell of the categories, one per dimension in order. */
		public Builder add(long count, String... categories) {
			if (count < 0) {
				throw new IllegalArgumentException("Counts are not negative: " + count);
			}
			if (categories.length != dimensions.size()) {
				throw new IllegalArgumentException("Table " + name + " has " + dimensions.size() + " dimensions");
			}
			TreeMap<String, String> coordinates = new TreeMap<>();
			for (int i = 0; i < categories.length; i++) {
				Dimension dimension = dimensions.get(i);
				if (!dimension.categories().contains(categories[i])) {
					throw new IllegalArgumentException(dimension.name() + " has no category " + categories[i]);
				}
				coordinates.put(dimension.name(), categories[i]);
			}
			innerCounts.merge(new CellKey(coordinates), count, Math::addExact);
			return this;
		}

		public FrequencyTable build() {
			return new FrequencyTable(name, dimensions, innerCounts);
		}
	}
}
