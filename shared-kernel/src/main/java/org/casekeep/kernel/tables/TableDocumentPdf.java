package org.casekeep.kernel.tables;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jspecify.annotations.Nullable;

/**
 * A {@link TableDocument} as PDF (PDFBox): landscape letter pages, paragraphs wrapped at words, tables one after the
 * other with their heading repeated on each page a table continues on. Text is reduced to the characters of the
 * standard PDF fonts (accents dropped), which every reader shows without embedded fonts.
 */
final class TableDocumentPdf {

	private static final float MARGIN = 40;
	private static final float LINE = 12;
	private static final float SIZE = 8;
	private static final float FIRST_COLUMN = 190;

	private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
	private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
	private final PDDocument pdf = new PDDocument();
	private final PDRectangle size = new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth());
	private @Nullable PDPageContentStream content;
	private float y;

	private TableDocumentPdf() {
	}

	static byte[] render(TableDocument document) {
		try {
			return new TableDocumentPdf().write(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private byte[] write(TableDocument document) throws IOException {
		try (pdf; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDDocumentInformation info = new PDDocumentInformation();
			info.setTitle(plain(document.title()));
			info.setAuthor(plain(document.author()));
			pdf.setDocumentInformation(info);
			newPage();
			paragraph(bold, 13, document.title());
			y -= 4;
			for (String paragraph : document.introduction()) {
				paragraph(regular, SIZE, paragraph);
			}
			y -= LINE;
			for (TableDocument.Table table : document.tables()) {
				table(table);
			}
			if (!document.closing().isEmpty()) {
				ensure(LINE * 3);
				paragraph(bold, 10, document.closingHeading());
				for (String paragraph : document.closing()) {
					paragraph(regular, SIZE, paragraph);
				}
			}
			closePage();
			pdf.save(out);
			return out.toByteArray();
		}
	}

	private void table(TableDocument.Table table) throws IOException {
		ensure(LINE * 4);
		paragraph(bold, 10, table.caption());
		if (!table.note().isEmpty()) {
			paragraph(regular, SIZE, table.note());
		}
		row(bold, table.heading());
		for (List<String> row : table.rows()) {
			if (y < MARGIN + LINE) {
				newPage();
				row(bold, table.heading());
			}
			row(regular, row);
		}
		y -= LINE;
	}

	/** One row: the label left, the other cells in equal columns; what does not fit is cut with a full stop. */
	private void row(PDType1Font font, List<String> cells) throws IOException {
		if (cells.isEmpty()) {
			return;
		}
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

	/** A paragraph, wrapped at words to the page's width. */
	private void paragraph(PDType1Font font, float fontSize, String text) throws IOException {
		float width = size.getWidth() - 2 * MARGIN;
		StringBuilder line = new StringBuilder();
		for (String word : plain(text).split(" ")) {
			String longer = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && font.getStringWidth(longer) / 1000 * fontSize > width) {
				line(font, fontSize, line.toString());
				line.setLength(0);
				line.append(word);
			}
			else {
				line.setLength(0);
				line.append(longer);
			}
		}
		line(font, fontSize, line.toString());
	}

	private void line(PDType1Font font, float fontSize, String text) throws IOException {
		ensure(LINE);
		show(font, fontSize, MARGIN, text);
		y -= fontSize > SIZE ? fontSize + 4 : LINE;
	}

	private void show(PDType1Font font, float fontSize, float x, String text) throws IOException {
		PDPageContentStream stream = Objects.requireNonNull(content);
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
		closePage();
		PDPage page = new PDPage(size);
		pdf.addPage(page);
		content = new PDPageContentStream(pdf, page);
		y = size.getHeight() - MARGIN;
	}

	private void closePage() throws IOException {
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
