package org.casekeep.detention.reports;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Counts of complaints by a row dimension and, optionally, a column dimension, over a period, with row and column
 * totals: what an OIDO analyst sees of a custom report. Labels only, no codes, and no record: aggregates of PIA
 * overview "Reporting and Metrics".
 *
 * @param rows the row dimension.
 * @param columns the column dimension, {@code null} for totals only.
 * @param period the period of receipt, as text.
 * @param rowLabels one per row, in order.
 * @param columnLabels one per column, in order; empty without a column dimension.
 * @param counts {@code counts[row][column]}; one column (the row's total) without a column dimension.
 * @param rowTotals one per row.
 * @param columnTotals one per column.
 * @param total the grand total.
 * @param countsMentions whether a complaint may be counted in several rows or columns (categories).
 */
public record CrossTable(ReportDimension rows, @Nullable ReportDimension columns, String period, List<String> rowLabels,
		List<String> columnLabels, long[][] counts, long[] rowTotals, long[] columnTotals, long total,
		boolean countsMentions) {

	/** One row of the table as pages and the API show it. */
	public record Row(String label, List<Long> counts, long total) {
	}

	public List<Row> table() {
		return java.util.stream.IntStream.range(0, rowLabels.size())
			.mapToObj(i -> new Row(rowLabels.get(i), java.util.Arrays.stream(counts[i]).boxed().toList(), rowTotals[i]))
			.toList();
	}

	public List<Long> columnTotalList() {
		return java.util.Arrays.stream(columnTotals).boxed().toList();
	}
}
