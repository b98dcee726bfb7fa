package org.casekeep.kernel.tables;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A {@link TableDocument} as CSV (RFC 4180): the title and paragraphs as one-cell lines, one block per table, then
 * the closing paragraphs. Labels may be typed by staff (a facility's name, a question's wording), so every cell that
 * a spreadsheet would take for a formula is neutralised with a leading apostrophe (OWASP "CSV injection").
 */
final class TableDocumentCsv {

	/** What starts a formula in a spreadsheet, full-width forms included. */
	private static final String FORMULA_LEADS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

	private TableDocumentCsv() {
	}

	static byte[] render(TableDocument document) {
		StringBuilder csv = new StringBuilder();
		line(csv, List.of(document.title()));
		document.introduction().forEach(paragraph -> line(csv, List.of(paragraph)));
		csv.append("\r\n");
		for (TableDocument.Table table : document.tables()) {
			line(csv, List.of(table.caption()));
			if (!table.note().isEmpty()) {
				line(csv, List.of(table.note()));
			}
			line(csv, table.heading());
			table.rows().forEach(row -> line(csv, row));
			csv.append("\r\n");
		}
		if (!document.closing().isEmpty()) {
			line(csv, List.of(document.closingHeading()));
			document.closing().forEach(paragraph -> line(csv, List.of(paragraph)));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(cell(cells.get(i)));
		}
		csv.append("\r\n");
	}

	/** One cell: neutralised if a spreadsheet would read it as a formula, quoted where RFC 4180 needs it. */
	static String cell(String value) {
		String safe = !value.isEmpty() && FORMULA_LEADS.indexOf(value.charAt(0)) >= 0
				&& !isNumber(value) ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

	/** A plain number such as a count or "-3" is data, not a formula. */
	private static boolean isNumber(String value) {
		return value.matches("-?\\d+(\\.\\d+)?");
	}
}
