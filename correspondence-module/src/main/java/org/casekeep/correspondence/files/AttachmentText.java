package org.casekeep.correspondence.files;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.casekeep.kernel.files.FileRefusedException;
import org.casekeep.kernel.files.TextExtraction;
import org.springframework.stereotype.Component;

/**
 * Checks an uploaded file and extracts its text through the kernel's bounded {@link TextExtraction}. The type is
 * detected from the bytes, never from the file name, and only PDF, PNG, JPEG, TIFF and Word documents are accepted
 * (intake of scanned mail and faxes). A hostile file (zip bomb, nested archives, entity expansion, PDF bomb, too slow)
 * is refused before anything is stored. A file whose text cannot be read (a scan without OCR, a damaged file) is
 * accepted but marked unreadable, so the letter is held for review by eye rather than passed unchecked.
 * <p>
 * Callers check files before their transaction opens: extraction takes seconds and must not hold a pool connection.
 */
@Component
public class AttachmentText {

	private static final Map<String, String> ACCEPTED = Map.of(
			"application/pdf", "PDF",
			"image/png", "PNG image",
			"image/jpeg", "JPEG image",
			"image/tiff", "TIFF image",
			"application/msword", "Word document",
			"application/x-tika-msoffice", "Word document",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document");

	/** What a draft response may be: PDF or Word, nothing else (no images: their text cannot be checked). */
	private static final Set<String> DOCUMENTS = Set.of("application/pdf", "application/msword",
			"application/x-tika-msoffice", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final TextExtraction extraction;
	private final AutoDetectParser detector = new AutoDetectParser();

	AttachmentText(TextExtraction extraction) {
		this.extraction = extraction;
	}

	/**
	 * A checked file: the upload, its detected media type and extracted text.
	 *
	 * @param readable false when the text could not be read (a scan without OCR, OCR failed, a damaged file, no
	 * text at all): a person must check the file by eye.
	 */
	public record Checked(AttachmentUpload upload, String mediaType, String text, boolean readable) {

		public String fileName() {
			return upload.fileName();
		}

		public byte[] content() {
			return upload.content();
		}
	}

	/**
	 * @throws AttachmentRejected if the file is too large, not of an accepted type, or hostile.
	 * @throws org.casekeep.kernel.files.ExtractionBusyException when every extraction slot stays busy (503).
	 */
	public Checked check(AttachmentUpload upload) {
		return check(upload, ACCEPTED.keySet(), "a PDF, an image (PNG, JPEG, TIFF) or a Word document");
	}

	/** {@link #check} of every file, in order, before anything is stored. */
	public List<Checked> checkAll(List<AttachmentUpload> uploads) {
		return uploads.stream().map(this::check).toList();
	}

	/**
	 * The same checks for a document written by staff (a draft response): PDF or Word only.
	 * @throws AttachmentRejected if the file is too large, not a PDF or Word document, or hostile.
	 */
	public Checked checkDocument(AttachmentUpload upload) {
		return check(upload, DOCUMENTS, "a PDF or a Word document");
	}

	private Checked check(AttachmentUpload upload, Set<String> accepted, String what) {
		long max = extraction.limits().maxBytes();
		if (upload.content().length > max) {
			throw new AttachmentRejected(AttachmentRejected.Reason.TOO_LARGE, upload.fileName(),
					"The file '" + upload.fileName() + "' is larger than " + extraction.limits().maxSize().toMegabytes()
							+ " MB; scan it at a lower resolution or split it.");
		}
		String mediaType = extraction.detect(upload.content());
		if (!accepted.contains(mediaType) || "application/x-tika-msoffice".equals(mediaType) && !isWord(upload)) {
			throw new AttachmentRejected(AttachmentRejected.Reason.UNSUPPORTED_TYPE, upload.fileName(),
					"The file '" + upload.fileName() + "' is not " + what + ".");
		}
		try {
			TextExtraction.Extracted extracted = extraction.extract(upload.content(), mediaType);
			return new Checked(upload, mediaType, extracted.text(), extracted.readable());
		}
		catch (FileRefusedException ex) {
			throw new AttachmentRejected(AttachmentRejected.Reason.HOSTILE, upload.fileName(),
					"The file '" + upload.fileName() + "' was refused: " + ex.getMessage() + " Nothing was stored.",
					ex.limit());
		}
	}

	private boolean isWord(AttachmentUpload upload) {
		try (TikaInputStream in = TikaInputStream.get(upload.content())) {
			return "application/msword".equals(detector.getDetector().detect(in, new Metadata()).toString());
		}
		catch (IOException ex) {
			return false;
		}
	}
}
