package org.casekeep.correspondence.drafts;

import java.time.Instant;
import java.util.UUID;

import org.casekeep.kernel.pii.ReleasedAs;

/**
 * A file uploaded as a draft response, as listed with its tasker (released with the tasker, to those who may see
 * it); the file itself is downloaded on its own ({@link DraftResponses#file}).
 */
@ReleasedAs(TaskerAttachment.RECORD_TYPE)
public record TaskerAttachmentSummary(UUID id, UUID assignmentId, String fileName, String mediaType, long sizeBytes,
		String uploadedBy, Instant createdAt) {
}
