package org.casekeep.correspondence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.spii.SpiiKind;
import org.jspecify.annotations.Nullable;

/**
 * One SPII finding awaiting or holding a reviewer's decision (PIA 3.4). It records where the value is (a field name
 * or an attachment id), its span there and a masked excerpt, never the value itself.
 */
@Entity
@Table(schema = "correspondence", name = "spii_review_item")
class SpiiReviewItem extends AssignedIdEntity {

	@Id
	private UUID id;

	private UUID correspondenceId;

	private String location;

	@Enumerated(EnumType.STRING)
	private SpiiKind kind;

	private int startOffset;

	private int endOffset;

	private String maskedExcerpt;

	@Enumerated(EnumType.STRING)
	private @Nullable SpiiReviewChoice decision;

	private @Nullable String justification;

	private boolean extraneous;

	private @Nullable String decidedBy;

	private @Nullable Instant decidedAt;

	protected SpiiReviewItem() {
	}

	SpiiReviewItem(UUID correspondenceId, String location, SpiiKind kind, int startOffset, int endOffset,
			String maskedExcerpt) {
		this.id = UUID.randomUUID();
		this.correspondenceId = correspondenceId;
		this.location = location;
		this.kind = kind;
		this.startOffset = startOffset;
		this.endOffset = endOffset;
		this.maskedExcerpt = maskedExcerpt;
	}

	void decide(SpiiReviewChoice choice, @Nullable String why, boolean markedExtraneous, String username, Instant now) {
		this.decision = choice;
		this.justification = choice == SpiiReviewChoice.KEEP ? why : null;
		this.extraneous = markedExtraneous;
		this.decidedBy = username;
		this.decidedAt = now;
	}

	@Override
	public UUID getId() { return id; }
	UUID getCorrespondenceId() { return correspondenceId; }
	String getLocation() { return location; }
	SpiiKind getKind() { return kind; }
	int getStartOffset() { return startOffset; }
	int getEndOffset() { return endOffset; }
	String getMaskedExcerpt() { return maskedExcerpt; }
	@Nullable SpiiReviewChoice getDecision() { return decision; }
	@Nullable String getJustification() { return justification; }
	boolean isExtraneous() { return extraneous; }
	@Nullable String getDecidedBy() { return decidedBy; }
	@Nullable Instant getDecidedAt() { return decidedAt; }
}
