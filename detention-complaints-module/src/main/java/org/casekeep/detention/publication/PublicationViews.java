package org.casekeep.detention.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.kernel.pii.ReleasedAs;
import org.jspecify.annotations.Nullable;

/** Public versions as they leave the package: to staff through the kernel's guard (read-audited), to the public as published. */
public final class PublicationViews {

	/** Characters of context shown on each side of a finding. */
	static final int CONTEXT = 60;

	private PublicationViews() {
	}

	/** One finding, shown in its context: the text before it, what was found, the text after it. */
	public record PublicVersionFinding(int index, String kind, String label, int start, int end, String before, String found,
			String after, @Nullable String resolution, @Nullable String reason, @Nullable String resolvedBy) {

		public boolean open() {
			return resolution == null;
		}
	}

	/**
	 * A public version as staff work on it: while a draft, its text as entered and each finding in context, and the
	 * text as it would be published now; once published, only the published text.
	 */
	@ReleasedAs(PublicVersion.RECORD_TYPE)
	public record PublicVersionDraft(UUID id, UUID publicId, String sourceKind, UUID sourceId, @Nullable String sourceNumber,
			String title, int edition, String status, @Nullable String draftText, @Nullable String preview,
			@Nullable String publishedText, List<PublicVersionFinding> findings, int unresolved, String createdBy,
			Instant createdAt, @Nullable String publishedBy, @Nullable Instant publishedAt,
			@Nullable String withdrawnBy, @Nullable Instant withdrawnAt, long version, Set<String> maskedFields) {

		static PublicVersionDraft of(PublicVersion v) {
			String text = v.draftText();
			List<org.casekeep.kernel.spii.ReviewedFinding> all = v.findings();
			List<PublicVersionFinding> findings = new ArrayList<>();
			for (int i = 0; i < all.size(); i++) {
				org.casekeep.kernel.spii.ReviewedFinding f = all.get(i);
				String before = text == null ? "" : text.substring(Math.max(0, f.start() - CONTEXT), f.start());
				String found = text == null ? "" : text.substring(f.start(), f.end());
				String after = text == null ? "" : text.substring(f.end(), Math.min(text.length(), f.end() + CONTEXT));
				findings.add(new PublicVersionFinding(i, f.kind(), f.label(), f.start(), f.end(), before, found, after,
						f.resolution() == null ? null : f.resolution().name(), f.reason(), f.resolvedBy()));
			}
			return new PublicVersionDraft(v.getId(), v.publicId(), v.sourceKind().name(), v.sourceId(), v.sourceNumber(), v.title(),
					v.edition(), v.status().name(), text, text == null ? null : v.redacted(), v.publishedText(),
					findings, v.unresolved().size(), v.createdBy(), v.createdAt(), v.publishedBy(), v.publishedAt(),
					v.withdrawnBy(), v.withdrawnAt(), v.version(), Set.of());
		}

		public boolean draft() {
			return PublicVersion.Status.DRAFT.name().equals(status);
		}
	}

	/** A row of the staff list: no text. */
	@ReleasedAs(PublicVersion.RECORD_TYPE)
	public record PublicVersionSummary(UUID id, UUID publicId, String sourceKind, @Nullable String sourceNumber, String title,
			int edition, String status, int unresolved, Instant updatedAt, @Nullable Instant publishedAt,
			Set<String> maskedFields) {

		static PublicVersionSummary of(PublicVersion v) {
			return new PublicVersionSummary(v.getId(), v.publicId(), v.sourceKind().name(), v.sourceNumber(), v.title(),
					v.edition(), v.status().name(), v.unresolved().size(), v.updatedAt(), v.publishedAt(), Set.of());
		}
	}

	/** What the public reading room shows of a published version, and nothing else. */
	public record PublishedVersion(UUID publicId, String sourceKind, String title, int edition, Instant publishedAt,
			String text) {

		static PublishedVersion of(PublicVersion v) {
			return new PublishedVersion(v.publicId(), v.sourceKind().name(), v.title(), v.edition(),
					java.util.Objects.requireNonNull(v.publishedAt()), java.util.Objects.requireNonNull(v.publishedText()));
		}

		/** The text's paragraphs, as separated by line breaks, for the page. */
		public List<String> paragraphs() {
			return java.util.Arrays.stream(text.split("\\R+")).filter(line -> !line.isBlank()).toList();
		}
	}
}
