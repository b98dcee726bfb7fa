package org.casekeep.correspondence;

import java.util.UUID;

import org.casekeep.kernel.pii.ReleasedAs;

/**
 * An attachment as it leaves the module: what it is and its extracted (or, after a redaction, redacted) text.
 *
 * @param originalKept whether the original file is still stored (dropped by a redaction, PIA 3.4).
 */
@ReleasedAs(Attachment.RECORD_TYPE)
public record AttachmentSummary(UUID id, String fileName, String mediaType, long sizeBytes, boolean redacted,
		boolean originalKept, String extractedText) {
}
