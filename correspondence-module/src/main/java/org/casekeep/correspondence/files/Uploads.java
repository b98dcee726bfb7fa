package org.casekeep.correspondence.files;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.multipart.MultipartFile;

/** What the module's controllers make of uploaded files, and how they answer a refused one. */
public final class Uploads {

	private Uploads() {
	}

	/** The non-empty files of a multipart request; a file without a name is called {@code attachment}. */
	public static List<AttachmentUpload> of(@Nullable List<MultipartFile> files) throws IOException {
		List<AttachmentUpload> uploads = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				if (!file.isEmpty()) {
					uploads.add(new AttachmentUpload(nameOf(file, "attachment"), file.getBytes()));
				}
			}
		}
		return uploads;
	}

	/** One uploaded file, {@literal null} when none (or an empty one) was sent; {@code fallbackName} if unnamed. */
	public static @Nullable AttachmentUpload one(@Nullable MultipartFile file, String fallbackName) throws IOException {
		if (file == null || file.isEmpty()) {
			return null;
		}
		return new AttachmentUpload(nameOf(file, fallbackName), file.getBytes());
	}

	/**
	 * The problem document of a refused file: 413, 415 or 422, naming the file and the form field it came in (and for
	 * a hostile file the limit it broke, as {@code limit}).
	 */
	public static ProblemDetail problem(AttachmentRejected ex, String field) {
		return ex.problem(field);
	}

	/** The HTTP status a refused file is answered with: 413 when too large, 415 for another type, 422 if hostile. */
	public static HttpStatus status(AttachmentRejected ex) {
		return ex.status();
	}

	private static String nameOf(MultipartFile file, String fallback) {
		String name = file.getOriginalFilename();
		return name == null || name.isBlank() ? fallback : name;
	}
}
