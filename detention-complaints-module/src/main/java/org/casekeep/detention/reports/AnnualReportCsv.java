package org.casekeep.detention.reports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The annual report as CSV (RFC 4180), one block per table, then the disclosure audit: what a reader may load into a
 * spreadsheet. Labels, not codes; a suppressed cell reads {@value AnnualReport#SUPPRESSED}. Facility names are typed
 * by staff, so every cell is neutralised against spreadsheet formula injection (OWASP "CSV injection").
 */
final class AnnualReportCsv {

	private static final String FORMULA_LEADS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

	private AnnualReportCsv() {
	}

	static byte[] render(AnnualReport report) {
		StringBuilder csv = new StringBuilder();
		line(csv, "Office of the Immigration Detention Ombudsman: annual report to Congress, " + report.year());
		line(csv, "Complaints received " + report.year().start() + " to " + report.year().end()
				+ "; aggregated, no personal data; counts below " + report.minimumCell() + " suppressed");
		csv.append("\r\n");
		for (AnnualReport.Section section : report.sections()) {
			line(csv, "Table " + section.number() + ": " + section.title());
			if (!section.note().isEmpty()) {
				line(csv, section.note());
			}
			ReportDimension columns = section.columns();
			List<String> heading = new ArrayList<>(List.of(section.rows().title()));
			if (columns == null) {
				heading.add("Complaints");
			}
			else {
				section.columnCodes().forEach(code -> heading.add(columns.label(code)));
				heading.add("Total");
			}
			line(csv, heading.toArray(String[]::new));
			for (String row : section.rowCodes()) {
				line(csv, row(section, row, section.rows().label(row)));
			}
			line(csv, row(section, null, "Total"));
			csv.append("\r\n");
		}
		line(csv, "Disclosure control");
		for (AnnualReport.Protection protection : report.audits()) {
			line(csv, protection.summary());
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String[] row(AnnualReport.Section section, @Nullable String row, String label) {
		List<String> cells = new ArrayList<>(List.of(label));
		for (String column : section.columnCodes()) {
			cells.add(section.shown(row, column));
		}
		cells.add(section.shown(row, null));
		return cells.toArray(String[]::new);
	}

	private static void line(StringBuilder csv, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(cell(cells[i]));
		}
		csv.append("\r\n");
	}

	static String cell(String text) {
		String lead = text.stripLeading();
		String safe = !text.isEmpty() && (FORMULA_LEADS.indexOf(text.charAt(0)) >= 0
				|| (!lead.isEmpty() && FORMULA_LEADS.indexOf(lead.charAt(0)) >= 0)) ? "'" + text : text;
		return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
				? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
	}
}
