package org.casekeep.correspondence.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * Checks an uploaded file and extracts its text with Apache Tika. The type is detected from the bytes, never from the
 * file name, and only PDF, PNG, JPEG, TIFF and Word documents are accepted (intake of scanned mail and faxes).
 * Scanned images, and PDFs without a text layer, are read by OCR when Tesseract is installed (Debian package
 * {@code tesseract-ocr}), so what a scanned letter says is checked for SPII like typed text; without it their text
 * stays empty and a warning says so at start-up.
 */
@Component
public class AttachmentText {

	/** Per file; the servlet's multipart limits are higher so that this message, naming the file, is the one seen. */
	public static final long MAX_BYTES = 20L * 1024 * 1024;
	/** Characters of text kept per file; the rest of an enormous document is not searchable. */
	static final int WRITE_LIMIT = 2_000_000;

	private static final Logger LOG = LoggerFactory.getLogger(AttachmentText.class);

	private static final Map<String, String> ACCEPTED = Map.of(
			"application/pdf", "PDF",
			"image/png", "PNG image",
			"image/jpeg", "JPEG image",
			"image/tiff", "TIFF image",
			"application/msword", "Word document",
			"application/x-tika-msoffice", "Word document",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document");

	/** The most one file's OCR may take; a fax of many pages at a normal resolution takes well under this. */
	static final int OCR_TIMEOUT_SECONDS = 120;

	private final Tika tika = new Tika();
	private final AutoDetectParser parser = new AutoDetectParser();
	private final boolean ocr = tesseractInstalled();

	AttachmentText() {
		if (ocr) {
			LOG.info("OCR available: scanned images and image-only PDFs are read and checked for SPII");
		}
		else {
			LOG.warn("Tesseract is not installed: the text of scanned images and image-only PDFs cannot be read, so "
					+ "it is neither searchable nor checked for SPII. Install the Debian package tesseract-ocr.");
		}
	}

	/** A checked file: its detected media type and extracted text (empty for a scan when OCR is unavailable). */
	public record Checked(String mediaType, String text) {
	}

	/** What a draft response may be: PDF or Word, nothing else (no images: their text cannot be checked). */
	private static final java.util.Set<String> DOCUMENTS = java.util.Set.of("application/pdf", "application/msword",
			"application/x-tika-msoffice", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	/**
	 * @throws AttachmentRejected if the file is larger than 20 MB or not of an accepted type.
	 */
	public Checked check(AttachmentUpload upload) {
		return check(upload, ACCEPTED.keySet(), "a PDF, an image (PNG, JPEG, TIFF) or a Word document");
	}

	/**
	 * The same checks for a document written by staff (a draft response): PDF or Word only.
	 * @throws AttachmentRejected if the file is larger than 20 MB or not a PDF or Word document.
	 */
	public Checked checkDocument(AttachmentUpload upload) {
		return check(upload, DOCUMENTS, "a PDF or a Word document");
	}

	private Checked check(AttachmentUpload upload, java.util.Set<String> accepted, String what) {
		if (upload.content().length > MAX_BYTES) {
			throw new AttachmentRejected(AttachmentRejected.Reason.TOO_LARGE, upload.fileName(),
					"The file '" + upload.fileName() + "' is larger than 20 MB; scan it at a lower resolution or split it.");
		}
		String mediaType = tika.detect(upload.content());
		if (!accepted.contains(mediaType) || "application/x-tika-msoffice".equals(mediaType) && !isWord(upload)) {
			throw new AttachmentRejected(AttachmentRejected.Reason.UNSUPPORTED_TYPE, upload.fileName(),
					"The file '" + upload.fileName() + "' is not " + what + ".");
		}
		return new Checked(mediaType, extract(upload));
	}

	private boolean isWord(AttachmentUpload upload) {
		try (InputStream in = new ByteArrayInputStream(upload.content())) {
			Metadata metadata = new Metadata();
			return "application/msword".equals(parser.getDetector().detect(
					org.apache.tika.io.TikaInputStream.get(in), metadata).toString());
		}
		catch (IOException ex) {
			return false;
		}
	}

	private String extract(AttachmentUpload upload) {
		BodyContentHandler handler = new BodyContentHandler(WRITE_LIMIT);
		try (InputStream in = new ByteArrayInputStream(upload.content())) {
			parser.parse(in, handler, new Metadata(), context());
		}
		catch (SAXException ex) {
			if (!WriteLimitReachedException.isWriteLimitReached(ex)) {
				LOG.warn("Text of an attachment could not be read completely: {}", ex.getClass().getSimpleName());
			}
		}
		catch (IOException | TikaException ex) {
			// A damaged file of an accepted type is still kept; it just has no searchable text.
			LOG.warn("Text of an attachment could not be extracted: {}", ex.getClass().getSimpleName());
		}
		return handler.toString().strip();
	}

	private ParseContext context() {
		ParseContext context = new ParseContext();
		PDFParserConfig pdf = new PDFParserConfig();
		if (ocr) {
			TesseractOCRConfig tesseract = new TesseractOCRConfig();
			tesseract.setLanguage("eng");
			tesseract.setTimeoutSeconds(OCR_TIMEOUT_SECONDS);
			context.set(TesseractOCRConfig.class, tesseract);
			// A page with a text layer is read as text; a scanned page is read by OCR.
			pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
		}
		else {
			pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
		}
		context.set(PDFParserConfig.class, pdf);
		return context;
	}

	private static boolean tesseractInstalled() {
		try {
			return new TesseractOCRParser().hasTesseract();
		}
		catch (Exception | LinkageError ex) {
			return false;
		}
	}
}
