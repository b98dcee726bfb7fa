package org.casekeep.correspondence.files;

import java.util.List;

import org.casekeep.kernel.files.UploadCheck;
import org.casekeep.kernel.files.UploadRefusedException;
import org.springframework.stereotype.Component;

/**
 * Checks an uploaded file and extracts its text through the kernel's {@link UploadCheck}. The type is
 * detected from the bytes, never from the file name, and only PDF, PNG, JPEG, TIFF and Word documents are accepted
 * (intake of scanned mail and faxes). A hostile file (zip bomb, nested archives, entity expansion, PDF bomb, too slow)
 * is refused before anything is stored. A file whose text cannot be read (a scan without OCR, a damaged file) is
 * accepted but marked unreadable, so the letter is held for review by eye rather than passed unchecked.
 * <p>
 * Callers check files before their transaction opens: extraction takes seconds and must not hold a pool connection.
 */
@Component
public class AttachmentText {

	private final UploadCheck uploads;

	AttachmentText(UploadCheck uploads) {
		this.uploads = uploads;
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
		return check(upload, UploadCheck.LETTERS);
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
		return check(upload, UploadCheck.DOCUMENTS);
	}

	private Checked check(AttachmentUpload upload, UploadCheck.Accepted accepted) {
		try {
			UploadCheck.Checked checked = uploads.check(upload.fileName(), upload.content(), accepted);
			return new Checked(upload, checked.mediaType(), checked.text(), checked.readable());
		}
		catch (UploadRefusedException ex) {
			throw new AttachmentRejected(ex);
		}
	}
}
