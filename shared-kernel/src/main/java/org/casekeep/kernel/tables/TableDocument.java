package org.casekeep.kernel.tables;

import java.util.List;
import java.util.Objects;

/**
 * A report as a document: a title, paragraphs, tables and closing paragraphs (for example the disclosure audit). Each
 * table has a caption, an optional note, a heading row and body rows of text cells, the first cell of each row its
 * label; labels, never codes.
 *
 * @param title the document's title (also its PDF title).
 * @param author who publishes it (its PDF author).
 * @param introduction paragraphs before the tables.
 * @param tables in order.
 * @param closing paragraphs after the tables, under {@code closingHeading}.
 * @param closingHeading the heading of the closing paragraphs, e.g. "Disclosure control".
 */
public record TableDocument(String title, String author, List<String> introduction, List<Table> tables,
		String closingHeading, List<String> closing) {

	public TableDocument {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(author, "author");
		introduction = List.copyOf(introduction);
		tables = List.copyOf(tables);
		closing = List.copyOf(closing);
	}

	/**
	 * One table.
	 *
	 * @param caption e.g. "Table 1. Complaints by category".
	 * @param note a line under the caption, or empty.
	 * @param heading the heading row.
	 * @param rows the body rows, the last one usually the total.
	 */
	public record Table(String caption, String note, List<String> heading, List<List<String>> rows) {

		public Table {
			Objects.requireNonNull(caption, "caption");
			Objects.requireNonNull(note, "note");
			heading = List.copyOf(heading);
			rows = rows.stream().map(List::copyOf).toList();
		}
	}

	/** The document as CSV (RFC 4180, UTF-8). */
	public byte[] csv() {
		return TableDocumentCsv.render(this);
	}

	/** The document as PDF. */
	public byte[] pdf() {
		return TableDocumentPdf.render(this);
	}
}
