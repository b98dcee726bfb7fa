package org.casekeep.kernel.disclosurecontrol;

import java.util.List;

/**
 * A frequency table as it may be published: every cell (inner cells and margins, in the order of
 * {@link FrequencyTable#cells()}) with its count or suppressed, and the audit of its hidden cells. Holds no suppressed
 * value, so rendering it in any form is safe.
 *
 * @param name the table's name.
 * @param dimensions its dimensions, for renderers to lay out rows and columns.
 * @param cells every cell, published or suppressed.
 * @param audit the feasible range of each of this table's hidden cells, as the audit of all tables protected with it
 * found them.
 */
public record ProtectedTable(String name, List<Dimension> dimensions, List<PublishedCell> cells, AuditReport audit) {

	public ProtectedTable {
		dimensions = List.copyOf(dimensions);
		cells = List.copyOf(cells);
	}

	/** The published cell of the key. */
	public PublishedCell cell(CellKey key) {
		return cells.stream()
			.filter(cell -> cell.cell().equals(key))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Table " + name + " has no cell " + key));
	}

	/** The keys of the suppressed cells. */
	public List<CellKey> suppressedCells() {
		return cells.stream().filter(PublishedCell::isSuppressed).map(PublishedCell::cell).toList();
	}
}
