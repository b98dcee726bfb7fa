package org.casekeep.kernel.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile files, built in memory by the tests that use them (no big binaries in the repository), and an honest Word
 * document and PDF to compare with. Each stays a few megabytes at most however much it inflates to.
 */
public final class HostileFiles {

	/** The kinds, in the order the benchmark prints them. */
	public enum Kind {
		DOCX_ZIP_BOMB, NESTED_DOCX, DOCX_ENTITY_EXPANSION, PDF_STREAM_BOMB, PDF_MANY_PAGES
	}

	private static final long GIB = 1024L * 1024 * 1024;
	private static volatile byte[] zipBomb;
	private static volatile byte[] pdfBomb;

	private HostileFiles() {
	}

	public static byte[] of(Kind kind) {
		return switch (kind) {
			case DOCX_ZIP_BOMB -> zipBomb();
			case NESTED_DOCX -> nestedDocx(6);
			case DOCX_ENTITY_EXPANSION -> billionLaughsDocx();
			case PDF_STREAM_BOMB -> pdfBomb();
			case PDF_MANY_PAGES -> pdf(5_000, "BT /F1 12 Tf 72 720 Td (page) Tj ET".getBytes(StandardCharsets.US_ASCII));
		};
	}

	/** A Word document whose document.xml is 1 GiB of one repeated character, about 1 MB deflated. */
	public static byte[] zipBomb() {
		if (zipBomb == null) {
			zipBomb = docx(out -> {
				out.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>")
					.getBytes(StandardCharsets.UTF_8));
				byte[] chunk = new byte[1024 * 1024];
				java.util.Arrays.fill(chunk, (byte) 'a');
				for (long written = 0; written < GIB; written += chunk.length) {
					out.write(chunk);
				}
				out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
			}, List.of());
		}
		return zipBomb;
	}

	/** A Word document embedding a Word document embedding … {@code levels} deep. */
	public static byte[] nestedDocx(int levels) {
		byte[] inner = honestDocx("innermost");
		for (int i = 0; i < levels; i++) {
			byte[] embedded = inner;
			inner = docx(out -> out.write(documentXml("level").getBytes(StandardCharsets.UTF_8)),
					List.of(new Part("word/embeddings/Document" + i + ".docx", embedded)));
		}
		return inner;
	}

	/** "Billion laughs": ten levels of entities each ten times the last, in document.xml. */
	public static byte[] billionLaughsDocx() {
		StringBuilder doctype = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY lol0 \"lol\">");
		for (int i = 1; i <= 10; i++) {
			doctype.append("<!ENTITY lol").append(i).append(" \"");
			doctype.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
		}
		doctype.append("]>");
		String xml = doctype + "<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>&lol10;</w:t></w:r></w:p>"
				+ "</w:body></w:document>";
		return docx(out -> out.write(xml.getBytes(StandardCharsets.UTF_8)), List.of());
	}

	/** A one-page PDF whose content stream is 1 GiB of spaces, FlateDecode, about 1 MB. */
	public static byte[] pdfBomb() {
		if (pdfBomb == null) {
			ByteArrayOutputStream deflated = new ByteArrayOutputStream();
			try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, new Deflater(9), 1 << 16)) {
				out.write("BT /F1 12 Tf 72 720 Td (bomb) Tj ET\n".getBytes(StandardCharsets.US_ASCII));
				byte[] chunk = new byte[1024 * 1024];
				java.util.Arrays.fill(chunk, (byte) ' ');
				for (long written = 0; written < GIB; written += chunk.length) {
					out.write(chunk);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			pdfBomb = pdf(1, deflated.toByteArray(), "/Filter /FlateDecode ");
		}
		return pdfBomb;
	}

	/** A Word document that says {@code text}. */
	public static byte[] honestDocx(String text) {
		return docx(out -> out.write(documentXml(text).getBytes(StandardCharsets.UTF_8)), List.of());
	}

	/** A PDF of one page that says {@code text}. */
	public static byte[] honestPdf(String text) {
		return pdf(1, ("BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET").getBytes(StandardCharsets.US_ASCII));
	}

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private static String documentXml(String text) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + W + "\">"
				+ "<w:body><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>";
	}

	private record Part(String name, byte[] content) {
	}

	private interface Body {
		void write(OutputStream out) throws IOException;
	}

	private static byte[] docx(Body document, List<Part> extra) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.setLevel(9);
			StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
					+ "http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
					+ "<Default Extension=\"docx\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document\"/>"
					+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
					+ "officedocument.wordprocessingml.document.main+xml\"/></Types>");
			put(zip, "[Content_Types].xml", types.toString().getBytes(StandardCharsets.UTF_8));
			put(zip, "_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
					+ "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
					+ "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
					+ "Target=\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
			List<String> relationships = new ArrayList<>();
			for (int i = 0; i < extra.size(); i++) {
				relationships.add("<Relationship Id=\"rIdE" + i + "\" Type=\"http://schemas.openxmlformats.org/"
						+ "officeDocument/2006/relationships/package\" Target=\""
						+ extra.get(i).name().substring("word/".length()) + "\"/>");
			}
			put(zip, "word/_rels/document.xml.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
					+ "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ String.join("", relationships) + "</Relationships>").getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			document.write(zip);
			zip.closeEntry();
			for (Part part : extra) {
				put(zip, part.name(), part.content());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}

	private static byte[] pdf(int pages, byte[] content) {
		return pdf(pages, content, "");
	}

	/** A PDF of {@code pages} pages sharing one content stream, with a correct cross-reference table. */
	private static byte[] pdf(int pages, byte[] content, String filter) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<Integer> offsets = new ArrayList<>();
		int objects = 4 + pages;
		write(out, "%PDF-1.4\n");
		offsets.add(out.size());
		write(out, "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
		offsets.add(out.size());
		StringBuilder kids = new StringBuilder();
		for (int i = 0; i < pages; i++) {
			kids.append(5 + i).append(" 0 R ");
		}
		write(out, "2 0 obj << /Type /Pages /Count " + pages + " /Kids [" + kids + "] >> endobj\n");
		offsets.add(out.size());
		write(out, "3 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n");
		offsets.add(out.size());
		write(out, "4 0 obj << /Length " + content.length + " " + filter + ">>\nstream\n");
		out.writeBytes(content);
		write(out, "\nendstream\nendobj\n");
		for (int i = 0; i < pages; i++) {
			offsets.add(out.size());
			write(out, (5 + i) + " 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
					+ "/Resources << /Font << /F1 3 0 R >> >> >> endobj\n");
		}
		int xref = out.size();
		StringBuilder table = new StringBuilder("xref\n0 " + (objects + 1) + "\n0000000000 65535 f \n");
		for (int offset : offsets) {
			table.append(String.format("%010d 00000 n \n", offset));
		}
		write(out, table + "trailer << /Size " + (objects + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
		return out.toByteArray();
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
	}
}
