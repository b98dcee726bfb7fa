package org.casekeep.correspondence.intake;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;
import org.casekeep.kernel.spii.SpiiKind;
import org.jspecify.annotations.Nullable;

/**
 * One SPII finding awaiting or holding a reviewer's decision (PIA 3.4). It records where the value is (a field name
 * or an attachment id), its span there and a masked excerpt, never the value itself.
 */
@Entity
@Table(schema = "correspondence", name = "spii_review_item")
@PersonalDataRecord(type = SpiiReviewItem.RECORD_TYPE, partOf = Correspondence.RECORD_TYPE,
		legalBasis = "5 U.S.C. 301; 6 U.S.C. 112; SORN DHS/ALL-016 Correspondence Records",
		source = "Correspondence PIA 3.4 (SPII review of incoming correspondence); destroyed with its record")
class SpiiReviewItem extends AssignedIdEntity {

	static final String RECORD_TYPE = "correspondence.spii-finding";

	/** What a reviewer decides for one finding (PIA 3.4). */
	enum Choice {
		/** Remove the value from every stored text; for an attachment also drop the original file. */
		REDACT("Redacted"),
		/** Keep the value because the response needs it; requires an audited justification. */
		KEEP("Kept"),
		/** For a document whose text could not be read: the reviewer checked it by eye. */
		CHECKED("Checked by eye");

		private final String label;

		Choice(String label) {
			this.label = label;
		}

		/** The decision as the record's page shows it. */
		String getLabel() {
			return label;
		}
	}

	/** The kind of the item held for a file whose text could not be read; every other kind is an {@link SpiiKind}. */
	static final String UNREADABLE = "UNREADABLE";

	/** What the reviewer is shown for a document whose text could not be read. */
	static final String UNREADABLE_LABEL = "text could not be read — check this document by eye";

	@Id
	private UUID id;

	private UUID correspondenceId;

	private String location;

	/** An {@link SpiiKind}'s name, or {@link #UNREADABLE}. */
	private String kind;

	private int startOffset;

	private int endOffset;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "The letter's words around an SPII finding, the value itself replaced by its kind")
	private String maskedExcerpt;

	@Enumerated(EnumType.STRING)
	private @Nullable Choice decision;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.LOW,
			description = "Why a reviewer kept an SPII value (never the value)")
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
		this.kind = kind.name();
		this.startOffset = startOffset;
		this.endOffset = endOffset;
		this.maskedExcerpt = maskedExcerpt;
	}

	/**
	 * The item that holds a letter in its SPII review because the text of one of its files could not be read (a scan
	 * without OCR, OCR failed or timed out, a damaged file): fail closed, a person checks the file by eye.
	 */
	static SpiiReviewItem unreadable(UUID correspondenceId, UUID attachmentId) {
		SpiiReviewItem item = new SpiiReviewItem();
		item.id = UUID.randomUUID();
		item.correspondenceId = correspondenceId;
		item.location = attachmentId.toString();
		item.kind = UNREADABLE;
		item.maskedExcerpt = "";
		return item;
	}

	void decide(Choice choice, @Nullable String why, boolean markedExtraneous, String username, Instant now) {
		this.decision = choice;
		this.justification = choice == Choice.KEEP ? why : null;
		this.extraneous = markedExtraneous;
		this.decidedBy = username;
		this.decidedAt = now;
	}

	@Override
	public UUID getId() { return id; }
	UUID getCorrespondenceId() { return correspondenceId; }
	String getLocation() { return location; }
	boolean isUnreadable() { return UNREADABLE.equals(kind); }
	/** The SPII kind of a finding; not for an {@link #isUnreadable() unreadable} document. */
	SpiiKind getKind() { return SpiiKind.valueOf(kind); }
	String getKindName() { return kind; }
	String getKindLabel() { return isUnreadable() ? UNREADABLE_LABEL : getKind().label(); }
	int getStartOffset() { return startOffset; }
	int getEndOffset() { return endOffset; }
	String getMaskedExcerpt() { return maskedExcerpt; }
	@Nullable Choice getDecision() { return decision; }
	@Nullable String getJustification() { return justification; }
	boolean isExtraneous() { return extraneous; }
	@Nullable String getDecidedBy() { return decidedBy; }
	@Nullable Instant getDecidedAt() { return decidedAt; }
}
