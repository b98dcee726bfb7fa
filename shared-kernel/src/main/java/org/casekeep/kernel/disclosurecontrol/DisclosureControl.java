package org.casekeep.kernel.disclosurecontrol;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Statistical disclosure control of frequency tables: what a report may publish of them.
 * <p>
 * {@link #protect} and {@link #protectTogether} hide every non-zero cell below the policy's threshold (margins
 * included), then complements, until the linear-programming audit finds every hidden cell's feasible range at least
 * the protection width wide; only then do they return the published form. They never return a table that failed the
 * audit: they throw {@link UnpublishableTableException} when the audit cannot run or protection cannot be reached.
 * The rules and their limits are those of {@code Suppression} and {@code LinearProgrammingAudit} (package
 * documentation).
 * <p>
 * Tables that share cells, for instance a per-state and a per-category table of the same complaints that share the
 * state margins and the grand total, must go through {@link #protectTogether} in one call: protected one at a time,
 * one table may publish a margin the other needed hidden. Cells are shared by {@link CellKey}, so linked tables must
 * name their common dimensions and categories the same way and count the same population.
 * <p>
 * Known limits: what is published by other reports or ad-hoc queries is not known here, so two publications can still
 * be differenced (give everything published about one population to one call, or keep reports to a fixed table
 * set); hierarchies (state within region) are not modelled; an integer attack on three-way or linked tables may be
 * sharper than the linear audit.
 */
public final class DisclosureControl {

	private final DisclosurePolicy policy;

	public DisclosureControl(DisclosurePolicy policy) {
		this.policy = policy;
	}

	/** Disclosure control under the CMS policy (minimum cell 11). */
	public static DisclosureControl cms() {
		return new DisclosureControl(DisclosurePolicy.cms());
	}

	public DisclosurePolicy policy() {
		return policy;
	}

	/**
	 * The published form of one table that shares no cell with any other publication.
	 *
	 * @throws UnpublishableTableException if the audit cannot run or cannot be passed.
	 */
	public ProtectedTable protect(FrequencyTable table) {
		return protectTogether(List.of(table)).getFirst();
	}

	/**
	 * The published forms of tables that share margins or cells, protected as one: a cell hidden in one is hidden in
	 * all, and the audit attacks the hidden cells with everything all of them publish.
	 *
	 * @return one per table, in the same order.
	 * @throws IllegalArgumentException if two tables give the same cell different counts.
	 * @throws UnpublishableTableException if the audit cannot run or cannot be passed.
	 */
	public List<ProtectedTable> protectTogether(List<FrequencyTable> tables) {
		LinkedCells cells = new LinkedCells(tables);
		Suppression.Outcome outcome = new Suppression(policy).protect(cells);
		List<ProtectedTable> published = new ArrayList<>(tables.size());
		for (FrequencyTable table : tables) {
			published.add(publish(table, outcome.hidden(), outcome.audit()));
		}
		return published;
	}

	/**
	 * Attacks publications as a reader holding all of them would: the feasible range of every cell suppressed in any
	 * of them, given everything any of them publishes. A failing report means these publications together disclose
	 * too much, whatever each one's own audit said.
	 *
	 * @param originals the true tables behind the publications (for the shared cells and relations, and to check the
	 * solver's answers against the true counts).
	 * @param published what was published of them, in any order; a cell suppressed in one but published in another
	 * counts as published, as it is for the reader.
	 * @throws IllegalArgumentException if a publication has a cell the originals lack, publishes a count other than
	 * the true one, or hides a zero (the audit assumes, as {@link #protect} guarantees, that zeros are published).
	 * @throws UnpublishableTableException if the audit cannot run.
	 */
	public AuditReport audit(List<FrequencyTable> originals, List<ProtectedTable> published) {
		LinkedCells cells = new LinkedCells(originals);
		Set<CellKey> shown = new HashSet<>();
		Set<CellKey> hidden = new HashSet<>();
		for (ProtectedTable table : published) {
			for (PublishedCell cell : table.cells()) {
				checkAgainstOriginal(cells, table, cell);
				(cell.isSuppressed() ? hidden : shown).add(cell.cell());
			}
		}
		hidden.removeAll(shown);
		return new LinearProgrammingAudit(policy).audit(cells, hidden);
	}

	private static void checkAgainstOriginal(LinkedCells cells, ProtectedTable table, PublishedCell cell) {
		if (!cells.cells().contains(cell.cell())) {
			throw new IllegalArgumentException("Table " + table.name() + " publishes " + cell.cell()
					+ ", which no original table has");
		}
		long trueCount = cells.count(cell.cell());
		if (cell.isSuppressed() && trueCount == 0) {
			throw new IllegalArgumentException("Table " + table.name() + " hides the zero " + cell.cell()
					+ ", but zeros are published");
		}
		if (!cell.isSuppressed() && cell.count() != trueCount) {
			throw new IllegalArgumentException("Table " + table.name() + " publishes " + cell.cell()
					+ " with another count than the original");
		}
	}

	private static ProtectedTable publish(FrequencyTable table, Set<CellKey> hidden, AuditReport audit) {
		List<PublishedCell> cells = table.cells().stream()
			.map(cell -> hidden.contains(cell) ? PublishedCell.suppressed(cell)
					: new PublishedCell(cell, table.count(cell)))
			.toList();
		List<CellRange> ranges = audit.ranges().stream().filter(range -> table.cells().contains(range.cell())).toList();
		AuditReport tableAudit = new AuditReport(audit.protectionWidth(), ranges);
		return new ProtectedTable(table.name(), table.dimensions(), cells, tableAudit);
	}
}
