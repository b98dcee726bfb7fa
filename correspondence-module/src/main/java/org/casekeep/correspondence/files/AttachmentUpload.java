package org.casekeep.correspondence.files;

import java.util.Objects;

/**
 * A file as uploaded at intake. The name is only shown to people; the type is detected from the content.
 *
 * @param fileName the name the uploader's computer gave it, must not be {@literal null}.
 * @param content the bytes, must not be {@literal null}.
 */
public record AttachmentUpload(String fileName, byte[] content) {

	public AttachmentUpload {
		Objects.requireNonNull(fileName, "fileName must not be null");
		Objects.requireNonNull(content, "content must not be null");
	}
}
