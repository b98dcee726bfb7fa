package org.casekeep.detention.reports;

import java.time.Instant;
import java.util.List;

import org.casekeep.kernel.disclosurecontrol.AuditReport;
import org.casekeep.kernel.disclosurecontrol.CellKey;
import org.casekeep.kernel.disclosurecontrol.CellRange;
import org.casekeep.kernel.disclosurecontrol.ProtectedTable;
import org.casekeep.kernel.disclosurecontrol.PublishedCell;
import org.casekeep.kernel.time.FiscalYear;

/**
 * The statistics of the Ombudsman's annual report to Congress for one fiscal year (PIA overview "Reporting and
 * Metrics"), as they may leave the office: aggregated, no PII, every small cell and its complements suppressed, with
 * the audit that shows how well the suppressed cells are protected. Holds no suppressed value (the kernel's
 * {@link ProtectedTable} holds none), so every rendering of it is safe.
 *
 * @param year the fiscal year reported, by date of receipt.
 * @param generatedAt when it was generated.
 * @param minimumCell the smallest count published (PIA: CMS cell-size policy, 11 unless configured).
 * @param sections the tables, in order; the first {@link #LINKED} are protected together.
 * @param audits one per protection: the linked tables, then the table of categories.
 */
public record AnnualReport(FiscalYear year, Instant generatedAt, int minimumCell, List<Section> sections,
		List<Protection> audits) {

	/** The text a suppressed cell shows in every rendering. */
	public static final String SUPPRESSED = "suppressed";

	/** How many of the sections, from the first, count the same complaints and are protected as one. */
	static final int LINKED = 3;

	public AnnualReport {
		sections = List.copyOf(sections);
		audits = List.copyOf(audits);
	}

	/**
	 * The report as the document Congress receives, in the kernel's form for CSV and PDF: labels, not codes; a
	 * suppressed cell reads {@value #SUPPRESSED}; the disclosure audit at the end.
	 */
	public org.casekeep.kernel.tables.TableDocument document() {
		List<org.casekeep.kernel.tables.TableDocument.Table> tables = new java.util.ArrayList<>();
		for (Section section : sections) {
			ReportDimension columns = section.columns();
			List<String> heading = new java.util.ArrayList<>(List.of(section.rows().title()));
			if (columns == null) {
				heading.add("Complaints");
			}
			else {
				section.columnCodes().forEach(code -> heading.add(columns.label(code)));
				heading.add("Total");
			}
			List<List<String>> rows = new java.util.ArrayList<>();
			for (String row : section.rowCodes()) {
				rows.add(section.line(row, section.rows().label(row)));
			}
			rows.add(section.line(null, "Total"));
			tables.add(new org.casekeep.kernel.tables.TableDocument.Table("Table " + section.number() + ": "
					+ section.title(), section.note(), heading, rows));
		}
		return new org.casekeep.kernel.tables.TableDocument(
				"Office of the Immigration Detention Ombudsman: annual report to Congress, " + year,
				"Office of the Immigration Detention Ombudsman",
				List.of("Complaints received " + year.start() + " to " + year.end()
						+ "; aggregated, no personal data; counts below " + minimumCell + " suppressed, with complementary "
						+ "cells so that none can be derived from the totals.",
						"Generated " + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
							.withZone(java.time.ZoneOffset.UTC).format(generatedAt) + "."),
				tables, "Disclosure control", audits.stream().map(Protection::summary).toList());
	}

	/**
	 * One table of the report.
	 *
	 * @param number its number in the report, from 1.
	 * @param title its title.
	 * @param note what it counts, when not plain complaints.
	 * @param dimensions the report dimension of each of the table's dimensions, in order.
	 * @param table the published table.
	 */
	public record Section(int number, String title, String note, List<ReportDimension> dimensions, ProtectedTable table) {

		public Section {
			dimensions = List.copyOf(dimensions);
		}

		/** The dimension of the rows. */
		public ReportDimension rows() {
			return dimensions.getFirst();
		}

		/** The codes of the rows, in order. */
		public List<String> rowCodes() {
			return table.dimensions().getFirst().categories();
		}

		/** The codes of the columns, in order; empty for a one-way table. */
		public List<String> columnCodes() {
			return table.dimensions().size() < 2 ? List.of() : table.dimensions().get(1).categories();
		}

		/** The column dimension, or {@code null} for a one-way table. */
		public @org.jspecify.annotations.Nullable ReportDimension columns() {
			return dimensions.size() < 2 ? null : dimensions.get(1);
		}

		/** The cell of a row and a column code, {@code null} for a total. */
		public PublishedCell cell(@org.jspecify.annotations.Nullable String row,
				@org.jspecify.annotations.Nullable String column) {
			CellKey key = CellKey.TOTAL;
			if (row != null) {
				key = key.with(table.dimensions().getFirst().name(), row);
			}
			if (column != null) {
				key = key.with(table.dimensions().get(1).name(), column);
			}
			return table.cell(key);
		}

		/** The shown text of a cell: its count, or {@value AnnualReport#SUPPRESSED}. */
		/** One row as shown: its label, each column's cell, then the row's total. */
		List<String> line(@org.jspecify.annotations.Nullable String row, String label) {
			List<String> cells = new java.util.ArrayList<>(List.of(label));
			columnCodes().forEach(column -> cells.add(shown(row, column)));
			cells.add(shown(row, null));
			return cells;
		}

		public String shown(@org.jspecify.annotations.Nullable String row, @org.jspecify.annotations.Nullable String column) {
			return cell(row, column).display(SUPPRESSED);
		}
	}

	/**
	 * The audit of the tables protected together, from the kernel's linear-programming audit.
	 *
	 * @param tables the numbers of the sections protected together.
	 * @param cells how many cells (inner and margins) they publish or suppress.
	 * @param audit the feasible range of every suppressed cell, for all of them.
	 */
	public record Protection(List<Integer> tables, int cells, AuditReport audit) {

		public Protection {
			tables = List.copyOf(tables);
		}

		public int suppressed() {
			return audit.ranges().size();
		}

		/**
		 * The narrowest range's width (max − min) the audit showed, {@code null} if none is bounded or none
		 * suppressed. The audit stops widening a range once it is wide enough, so a cell's true range may be wider.
		 */
		public @org.jspecify.annotations.Nullable Long narrowestWidth() {
			return audit.ranges().stream().map(CellRange::upper).filter(java.util.Objects::nonNull).count() == 0 ? null
					: audit.ranges().stream().filter(range -> range.upper() != null)
						.mapToLong(range -> range.upper() - range.lower()).min().orElseThrow();
		}

		/** The audit's result in words, as the report shows it. */
		public String summary() {
			String which = tables.size() == 1 ? "Table " + tables.getFirst()
					: "Tables " + tables.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
							+ " (protected together)";
			if (suppressed() == 0) {
				return which + ": no cell needed suppression.";
			}
			Long narrowest = narrowestWidth();
			return which + ": " + suppressed() + " of " + cells + " cells suppressed. Linear-programming audit "
					+ (audit.passed() ? "passed" : "FAILED") + ": every suppressed cell's feasible range is at least "
					+ audit.protectionWidth() + " wide (narrowest shown: " + (narrowest == null ? "unbounded" : "at least " + narrowest) + ").";
		}
	}
}
