package org.casekeep.kernel.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.casekeep.kernel.disclosurecontrol.CellKey;
import org.casekeep.kernel.disclosurecontrol.Dimension;
import org.casekeep.kernel.disclosurecontrol.ProtectedTable;
import org.casekeep.kernel.disclosurecontrol.PublishedCell;
import org.jspecify.annotations.Nullable;

/**
 * Lays a protected table out as people read it: one dimension as a list with its total; two as rows by columns with
 * row and column totals; three as one such grid per category of the third (a layer) and one for its total. Every
 * cell is shown as published: its count, or the text for a suppressed cell. Nothing else of the table is read.
 */
public final class CrossTabLayout {

	/** What a suppressed cell reads, on pages and in documents. */
	public static final String SUPPRESSED = "suppressed";

	/** The label "Total" of the margins. */
	public static final String TOTAL = "Total";

	private CrossTabLayout() {
	}

	/** One grid of a layout: a caption suffix for its layer (empty for a table of one or two dimensions) and rows. */
	public record Grid(String layer, List<String> heading, List<List<String>> rows) {
	}

	/**
	 * The grids of a table of one to three dimensions.
	 *
	 * @param countLabel the heading of the count column of a one-way table, e.g. "Respondents".
	 * @param labels the label of a category of a dimension, e.g. the wording of an answer.
	 * @param dimensionLabel the label of a dimension, e.g. the question asked.
	 * @throws IllegalArgumentException for a table of more than three dimensions.
	 */
	public static List<Grid> grids(ProtectedTable table, String countLabel,
			java.util.function.Function<String, String> dimensionLabel, BiFunction<String, String, String> labels) {
		return grids(table, countLabel, dimensionLabel, labels, cell -> cell.display(SUPPRESSED));
	}

	/**
	 * The same, each cell shown as {@code show} says (for example a count marked as a small sample); {@code show}
	 * sees only the published cell.
	 */
	public static List<Grid> grids(ProtectedTable table, String countLabel,
			java.util.function.Function<String, String> dimensionLabel, BiFunction<String, String, String> labels,
			java.util.function.Function<PublishedCell, String> show) {
		Map<CellKey, String> shown = new LinkedHashMap<>();
		table.cells().forEach(cell -> shown.put(cell.cell(), show.apply(cell)));
		List<Dimension> dimensions = table.dimensions();
		return switch (dimensions.size()) {
			case 1 -> List.of(oneWay(shown, dimensions.getFirst(), countLabel, dimensionLabel, labels));
			case 2 -> List.of(twoWay(shown, CellKey.TOTAL, "", dimensions.get(0), dimensions.get(1), dimensionLabel,
					labels));
			case 3 -> {
				Dimension layers = dimensions.get(2);
				List<Grid> grids = new ArrayList<>();
				for (String category : layers.categories()) {
					grids.add(twoWay(shown, CellKey.TOTAL.with(layers.name(), category),
							dimensionLabel.apply(layers.name()) + ": " + labels.apply(layers.name(), category),
							dimensions.get(0), dimensions.get(1), dimensionLabel, labels));
				}
				grids.add(twoWay(shown, CellKey.TOTAL, dimensionLabel.apply(layers.name()) + ": " + TOTAL,
						dimensions.get(0), dimensions.get(1), dimensionLabel, labels));
				yield grids;
			}
			default -> throw new IllegalArgumentException("A table of " + dimensions.size()
					+ " dimensions is not laid out; use at most three");
		};
	}

	private static Grid oneWay(Map<CellKey, String> shown, Dimension rows, String countLabel,
			java.util.function.Function<String, String> dimensionLabel, BiFunction<String, String, String> labels) {
		List<List<String>> body = new ArrayList<>();
		for (String category : rows.categories()) {
			body.add(List.of(labels.apply(rows.name(), category), value(shown, CellKey.TOTAL.with(rows.name(), category))));
		}
		body.add(List.of(TOTAL, value(shown, CellKey.TOTAL)));
		return new Grid("", List.of(dimensionLabel.apply(rows.name()), countLabel), body);
	}

	private static Grid twoWay(Map<CellKey, String> shown, CellKey layer, String layerLabel, Dimension rows,
			Dimension columns, java.util.function.Function<String, String> dimensionLabel,
			BiFunction<String, String, String> labels) {
		List<String> heading = new ArrayList<>(List.of(dimensionLabel.apply(rows.name()) + " / "
				+ dimensionLabel.apply(columns.name())));
		columns.categories().forEach(category -> heading.add(labels.apply(columns.name(), category)));
		heading.add(TOTAL);
		List<List<String>> body = new ArrayList<>();
		for (String row : rows.categories()) {
			body.add(line(shown, layer.with(rows.name(), row), labels.apply(rows.name(), row), columns));
		}
		body.add(line(shown, layer, TOTAL, columns));
		return new Grid(layerLabel, heading, body);
	}

	private static List<String> line(Map<CellKey, String> shown, CellKey row, String label, Dimension columns) {
		List<String> cells = new ArrayList<>(List.of(label));
		columns.categories().forEach(category -> cells.add(value(shown, row.with(columns.name(), category))));
		cells.add(value(shown, row));
		return cells;
	}

	private static String value(Map<CellKey, String> shown, CellKey cell) {
		@Nullable String value = shown.get(cell);
		if (value == null) {
			throw new IllegalArgumentException("The table publishes no cell " + cell);
		}
		return value;
	}
}
