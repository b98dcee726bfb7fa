package org.casekeep.correspondence;

import java.util.UUID;

/**
 * An attachment as it leaves the module: what it is and its extracted (or, after a redaction, redacted) text.
 *
 * @param originalKept whether the original file is still stored (dropped by a redaction, PIA 3.4).
 */
public record AttachmentSummary(UUID id, String fileName, String mediaType, long sizeBytes, boolean redacted,
		boolean originalKept, String text) {
}
