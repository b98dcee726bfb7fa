package org.casekeep.detention.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jspecify.annotations.Nullable;

/**
 * The annual report as a PDF (PDFBox, on the classpath through Tika): landscape letter pages, one table after the
 * other, a header row repeated on each page a table continues on, and the disclosure audit at the end. Only what
 * {@link AnnualReport} holds is written, so no suppressed value and no personal data can reach it. Text is reduced to
 * the characters of the standard PDF fonts (accents dropped), which every reader shows without embedded fonts.
 */
final class AnnualReportPdf {

	private static final float MARGIN = 40;
	private static final float LINE = 12;
	private static final float SIZE = 8;
	private static final float FIRST_COLUMN = 190;

	private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
	private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
	private final PDDocument document = new PDDocument();
	private final PDRectangle size = new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth());
	private @Nullable PDPageContentStream content;
	private float y;

	private AnnualReportPdf() {
	}

	static byte[] render(AnnualReport report) {
		AnnualReportPdf pdf = new AnnualReportPdf();
		try {
			return pdf.write(report);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private byte[] write(AnnualReport report) throws IOException {
		try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDDocumentInformation info = new PDDocumentInformation();
			info.setTitle("OIDO annual report to Congress, " + report.year());
			info.setAuthor("Office of the Immigration Detention Ombudsman");
			document.setDocumentInformation(info);
			newPage();
			text(bold, 14, MARGIN, "Office of the Immigration Detention Ombudsman");
			y -= 6;
			text(bold, 12, MARGIN, "Annual report to Congress, fiscal year " + report.year().year()
					+ ": complaint statistics");
			text(regular, SIZE, MARGIN, "Complaints received from " + report.year().start() + " to "
					+ report.year().end() + ". Aggregated; no personal data. Counts from 1 to " + (report.minimumCell() - 1)
					+ " are suppressed, with complementary cells so that none can be derived from the totals.");
			text(regular, SIZE, MARGIN, "Generated " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
				.withZone(ZoneOffset.UTC).format(report.generatedAt()) + ".");
			y -= LINE;
			for (AnnualReport.Section section : report.sections()) {
				table(section);
			}
			ensure(LINE * (2 + report.audits().size()));
			text(bold, 10, MARGIN, "Disclosure control");
			for (AnnualReport.Protection protection : report.audits()) {
				text(regular, SIZE, MARGIN, protection.summary());
			}
			close();
			document.save(out);
			return out.toByteArray();
		}
	}

	private void table(AnnualReport.Section section) throws IOException {
		ensure(LINE * 4);
		text(bold, 10, MARGIN, "Table " + section.number() + ". " + section.title());
		if (!section.note().isEmpty()) {
			text(regular, SIZE, MARGIN, section.note());
		}
		List<String> heading = new ArrayList<>(List.of(section.rows().title()));
		ReportDimension columns = section.columns();
		if (columns == null) {
			heading.add("Complaints");
		}
		else {
			section.columnCodes().forEach(code -> heading.add(columns.label(code)));
			heading.add("Total");
		}
		row(bold, heading);
		for (String code : section.rowCodes()) {
			if (y < MARGIN + LINE) {
				newPage();
				row(bold, heading);
			}
			row(regular, cells(section, code, section.rows().label(code)));
		}
		row(bold, cells(section, null, "Total"));
		y -= LINE;
	}

	private static List<String> cells(AnnualReport.Section section, @Nullable String row, String label) {
		List<String> cells = new ArrayList<>(List.of(label));
		section.columnCodes().forEach(column -> cells.add(section.shown(row, column)));
		cells.add(section.shown(row, null));
		return cells;
	}

	/** One row: the label left, the other cells in equal columns; long labels cut to fit. */
	private void row(PDType1Font font, List<String> cells) throws IOException {
		float width = (size.getWidth() - 2 * MARGIN - FIRST_COLUMN) / Math.max(1, cells.size() - 1);
		show(font, SIZE, MARGIN, fit(font, cells.getFirst(), FIRST_COLUMN - 6));
		for (int i = 1; i < cells.size(); i++) {
			show(font, SIZE, MARGIN + FIRST_COLUMN + (i - 1) * width, fit(font, cells.get(i), width - 4));
		}
		y -= LINE;
	}

	private String fit(PDType1Font font, String text, float width) throws IOException {
		String shown = plain(text);
		while (shown.length() > 1 && font.getStringWidth(shown) / 1000 * SIZE > width) {
			shown = shown.substring(0, shown.length() - 2) + ".";
		}
		return shown;
	}

	/** A paragraph, wrapped at word boundaries to the page's width. */
	private void text(PDType1Font font, float fontSize, float x, String text) throws IOException {
		float width = size.getWidth() - MARGIN - x;
		StringBuilder line = new StringBuilder();
		for (String word : plain(text).split(" ")) {
			String longer = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && font.getStringWidth(longer) / 1000 * fontSize > width) {
				paragraphLine(font, fontSize, x, line.toString());
				line.setLength(0);
				line.append(word);
			}
			else {
				line.setLength(0);
				line.append(longer);
			}
		}
		paragraphLine(font, fontSize, x, line.toString());
	}

	private void paragraphLine(PDType1Font font, float fontSize, float x, String line) throws IOException {
		ensure(LINE);
		show(font, fontSize, x, line);
		y -= fontSize > SIZE ? fontSize + 4 : LINE;
	}

	private void show(PDType1Font font, float fontSize, float x, String text) throws IOException {
		PDPageContentStream stream = java.util.Objects.requireNonNull(content);
		stream.beginText();
		stream.setFont(font, fontSize);
		stream.newLineAtOffset(x, y);
		stream.showText(text);
		stream.endText();
	}

	private void ensure(float height) throws IOException {
		if (y - height < MARGIN) {
			newPage();
		}
	}

	private void newPage() throws IOException {
		close();
		PDPage page = new PDPage(size);
		document.addPage(page);
		content = new PDPageContentStream(document, page);
		y = size.getHeight() - MARGIN;
	}

	private void close() throws IOException {
		if (content != null) {
			content.close();
			content = null;
		}
	}

	/** The text in the characters the standard fonts have: accents dropped, anything else a question mark. */
	static String plain(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		StringBuilder plain = new StringBuilder(decomposed.length());
		decomposed.codePoints().forEach(c -> plain.append(c >= 0x20 && c < 0x7F ? (char) c : '?'));
		return plain.toString();
	}
}
