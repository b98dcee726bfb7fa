package org.casekeep.correspondence.drafts;

import java.util.Set;
import java.util.UUID;

import org.casekeep.kernel.pii.ReleasedAs;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded draft response as downloaded, released through the kernel's guard (which audits the read).
 *
 * @param content the bytes; {@literal null} only if the guard masked them.
 */
@ReleasedAs(TaskerAttachment.RECORD_TYPE)
public record TaskerAttachmentFile(UUID id, @Nullable String fileName, String mediaType, byte @Nullable [] content,
		Set<String> maskedFields) {
}
