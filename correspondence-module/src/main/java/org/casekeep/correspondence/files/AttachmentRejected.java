package org.casekeep.correspondence.files;

import org.casekeep.kernel.files.FileRefusedException;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded file was refused before anything was stored: too large (HTTP 413), not a PDF, image or Word document
 * (HTTP 415), or hostile (HTTP 422: a zip bomb, nested archives, entity expansion, a PDF bomb, too slow to read). The
 * message names the file.
 */
public class AttachmentRejected extends RuntimeException {

	/** Why the file was refused. */
	public enum Reason {
		TOO_LARGE, UNSUPPORTED_TYPE, HOSTILE
	}

	private final Reason reason;
	private final String fileName;
	private final FileRefusedException.@Nullable Limit limit;

	AttachmentRejected(Reason reason, String fileName, String message) {
		this(reason, fileName, message, null);
	}

	AttachmentRejected(Reason reason, String fileName, String message, FileRefusedException.@Nullable Limit limit) {
		super(message);
		this.reason = reason;
		this.fileName = fileName;
		this.limit = limit;
	}

	public Reason reason() {
		return reason;
	}

	public String fileName() {
		return fileName;
	}

	/** For a hostile file, the limit it broke. */
	public FileRefusedException.@Nullable Limit limit() {
		return limit;
	}
}
