package org.casekeep.correspondence.files;

/**
 * An uploaded file was refused before anything was stored: too large (HTTP 413) or not a PDF, image or Word
 * document (HTTP 415). The message names the file.
 */
public class AttachmentRejected extends RuntimeException {

	/** Why the file was refused. */
	public enum Reason {
		TOO_LARGE, UNSUPPORTED_TYPE
	}

	private final Reason reason;
	private final String fileName;

	AttachmentRejected(Reason reason, String fileName, String message) {
		super(message);
		this.reason = reason;
		this.fileName = fileName;
	}

	public Reason reason() {
		return reason;
	}

	public String fileName() {
		return fileName;
	}
}
