package org.casekeep.detention.documents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.pii.ReleasedAs;
import org.jspecify.annotations.Nullable;

/** How supporting documents leave the module. */
public final class DocumentViews {

	private DocumentViews() {
	}

	/** What the uploader is told: the document's id, the type detected, and the kinds of SPII found in it. */
	public record Receipt(UUID id, String mediaType, boolean textReadable, List<String> spiiFindings) {
	}

	/** A document in a complaint's list; its name is released (and audited) like any field. */
	@ReleasedAs(ComplaintDocument.RECORD_TYPE)
	public record Listed(UUID id, DocumentKind kind, @Nullable String fileName, String mediaType, long sizeBytes,
			boolean textReadable, List<String> spiiFindings, String uploadedBy, Instant uploadedAt) {

		static Listed of(ComplaintDocument d) {
			return new Listed(d.getId(), d.kind(), d.fileName(), d.mediaType(), d.sizeBytes(), d.textReadable(),
					d.spiiFindings(), d.uploadedBy(), d.uploadedAt());
		}
	}

	/** A document's content, for download; every download is read-audited. */
	@ReleasedAs(ComplaintDocument.RECORD_TYPE)
	public record Content(UUID id, @Nullable String fileName, String mediaType, byte @Nullable [] content) {
	}
}
