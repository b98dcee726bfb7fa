package org.casekeep.kernel.files;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * An uploaded file was refused by {@link UploadCheck} before anything was stored: too large (HTTP 413), not of a
 * type the caller takes (HTTP 415), or hostile (HTTP 422: a zip bomb, nested archives, entity expansion, a PDF bomb,
 * too slow to read). The message names the file, never what it holds.
 */
public class UploadRefusedException extends RuntimeException {

	/** Why the file was refused. */
	public enum Reason {
		TOO_LARGE, UNSUPPORTED_TYPE, HOSTILE
	}

	private final Reason reason;
	private final String fileName;
	private final FileRefusedException.@Nullable Limit limit;

	public UploadRefusedException(Reason reason, String fileName, String message,
			FileRefusedException.@Nullable Limit limit) {
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

	/** The HTTP status a refused file is answered with: 413 when too large, 415 for another type, 422 if hostile. */
	public HttpStatus status() {
		return switch (reason) {
			case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
			case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			case HOSTILE -> HttpStatus.UNPROCESSABLE_CONTENT;
		};
	}

	/**
	 * The problem document of the refusal, naming the file and the form field it came in (and for a hostile file the
	 * limit it broke, as {@code limit}).
	 */
	public ProblemDetail problem(String field) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status(), getMessage());
		problem.setTitle(switch (reason) {
			case TOO_LARGE -> "File too large";
			case UNSUPPORTED_TYPE -> "Unsupported file type";
			case HOSTILE -> "File refused";
		});
		problem.setProperty("file", fileName);
		if (limit != null) {
			problem.setProperty("limit", limit.name());
		}
		problem.setProperty("errors", List.of(Map.of("field", field, "message", String.valueOf(getMessage()))));
		return problem;
	}
}
