package org.casekeep.kernel.files;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.springframework.stereotype.Component;

/**
 * The platform's one check of a file that arrives from outside, for every module that takes uploads: its size, its
 * type detected from the bytes (never from its name or the browser's word), and its text extracted within the
 * {@link FileLimits} by {@link TextExtraction}, which refuses hostile files. Each caller says which types it takes.
 * <p>
 * Callers check files before their transaction opens: extraction takes seconds and must not hold a pool connection.
 */
@Component
public class UploadCheck {

	/** Scanned and typed letters: PDF, PNG, JPEG, TIFF or Word. */
	public static final Accepted LETTERS = new Accepted(Map.of(
			"application/pdf", "PDF",
			"image/png", "PNG image",
			"image/jpeg", "JPEG image",
			"image/tiff", "TIFF image",
			"application/msword", "Word document",
			"application/x-tika-msoffice", "Word document",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document"),
			"a PDF, an image (PNG, JPEG, TIFF) or a Word document");

	/** Documents written by staff: PDF or Word, no images (their text cannot be checked as reliably). */
	public static final Accepted DOCUMENTS = new Accepted(Map.of(
			"application/pdf", "PDF",
			"application/msword", "Word document",
			"application/x-tika-msoffice", "Word document",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document"),
			"a PDF or a Word document");

	/**
	 * Audio and video recordings of interviews and focus groups (Customer Research PIA, "Audio and Video
	 * Recordings"): MP3, WAV, M4A, MP4 and WebM, recognised by {@link MediaSignatures} from their bytes and
	 * checked by {@link #checkRecording}; no other set takes them, so no caller of documents gets media by mistake.
	 */
	public static final Accepted RECORDINGS = new Accepted(Map.of(
			MediaSignatures.MP3, "MP3 audio",
			MediaSignatures.WAV, "WAV audio",
			MediaSignatures.M4A, "M4A audio",
			MediaSignatures.MP4, "MP4 video",
			MediaSignatures.WEBM, "WebM audio or video"),
			"an audio or video recording (MP3, WAV, M4A, MP4 or WebM)");

	/**
	 * The media types a caller takes, with their names for people, and how a refusal describes them.
	 *
	 * @param types detected media type → its name for people.
	 * @param described what the caller takes, e.g. "a PDF or a Word document".
	 */
	public record Accepted(Map<String, String> types, String described) {

		public Accepted {
			types = Map.copyOf(types);
		}
	}

	/**
	 * A file that passed: its detected media type and extracted text.
	 *
	 * @param readable false when the text could not be read (a scan without OCR, OCR failed, a damaged file, no
	 * text at all): a person must check the file by eye.
	 */
	public record Checked(String fileName, byte[] content, String mediaType, String text, boolean readable) {

		/** The name of its type for people, e.g. "PDF". */
		public String typeName(Accepted accepted) {
			return Objects.requireNonNullElse(accepted.types().get(mediaType), mediaType);
		}
	}

	private final TextExtraction extraction;
	private final AutoDetectParser detector = new AutoDetectParser();

	UploadCheck(TextExtraction extraction) {
		this.extraction = extraction;
	}

	/**
	 * @throws UploadRefusedException if the file is too large, not of an accepted type, or hostile; the message
	 * names the file, never its content.
	 * @throws ExtractionBusyException when every extraction slot stays busy (503).
	 */
	public Checked check(String fileName, byte[] content, Accepted accepted) {
		if (accepted == RECORDINGS) {
			return checkRecording(fileName, content);
		}
		long max = extraction.limits().maxBytes();
		if (content.length > max) {
			throw new UploadRefusedException(UploadRefusedException.Reason.TOO_LARGE, fileName,
					"The file '" + fileName + "' is larger than " + extraction.limits().maxSize().toMegabytes()
							+ " MB; scan it at a lower resolution or split it.", null);
		}
		String mediaType = extraction.detect(content);
		if (!accepted.types().containsKey(mediaType)
				|| "application/x-tika-msoffice".equals(mediaType) && !isWord(content)) {
			throw new UploadRefusedException(UploadRefusedException.Reason.UNSUPPORTED_TYPE, fileName,
					"The file '" + fileName + "' is not " + accepted.described() + ".", null);
		}
		try {
			TextExtraction.Extracted extracted = extraction.extract(content, mediaType);
			return new Checked(fileName, content, mediaType, extracted.text(), extracted.readable());
		}
		catch (FileRefusedException ex) {
			throw new UploadRefusedException(UploadRefusedException.Reason.HOSTILE, fileName,
					"The file '" + fileName + "' was refused: " + ex.getMessage() + " Nothing was stored.", ex.limit());
		}
	}

	/**
	 * Checks an audio or video recording: its size within {@code casekeep.files.max-size}, and its type recognised
	 * from the bytes as one of {@link #RECORDINGS}. Nothing is extracted: a recording has no text to check, so the
	 * answer is never {@linkplain Checked#readable() readable} and its text is empty.
	 *
	 * @throws UploadRefusedException if the file is too large (413) or no recording of an accepted type (415).
	 */
	public Checked checkRecording(String fileName, byte[] content) {
		long max = extraction.limits().maxBytes();
		if (content.length > max) {
			throw new UploadRefusedException(UploadRefusedException.Reason.TOO_LARGE, fileName,
					"The file '" + fileName + "' is larger than " + extraction.limits().maxSize().toMegabytes()
							+ " MB; split the recording or record at a lower bit rate.", null);
		}
		String mediaType = MediaSignatures.detect(content).orElse(null);
		if (mediaType == null) {
			throw new UploadRefusedException(UploadRefusedException.Reason.UNSUPPORTED_TYPE, fileName,
					"The file '" + fileName + "' is not " + RECORDINGS.described() + ".", null);
		}
		return new Checked(fileName, content, mediaType, "", false);
	}

	/** An old OLE2 container is taken only when it is a Word document (not Excel, not an Outlook message). */
	private boolean isWord(byte[] content) {
		try (TikaInputStream in = TikaInputStream.get(content)) {
			return "application/msword".equals(detector.getDetector().detect(in, new Metadata()).toString());
		}
		catch (IOException ex) {
			return false;
		}
	}
}
