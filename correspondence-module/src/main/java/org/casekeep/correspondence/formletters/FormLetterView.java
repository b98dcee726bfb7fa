package org.casekeep.correspondence.formletters;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A form letter with its versions, newest last. */
record FormLetterView(UUID id, String name, String component, String createdBy, Instant createdAt,
		long version, @Nullable Integer approvedVersion, List<Revision> versions) {

	/** One version of the letter. */
	public record Revision(int number, String body, @Nullable String changeNote, String status, String author,
			Instant writtenAt, @Nullable String decidedBy, @Nullable Instant decidedAt, List<String> mergeFields) {

		/** The status as people read it, e.g. "Awaiting approval". */
		public String statusLabel() {
			return FormLetter.Status.labelOf(status);
		}
	}
}
