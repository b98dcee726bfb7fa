package org.casekeep.survey.quotes;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.jspecify.annotations.Nullable;

/**
 * A quote taken word for word from a verified, redacted transcript or notes, with the participant who said it where
 * the team knows it. Holds no personal data: the text is redacted analysis data and the speaker an id; whether the
 * speaker's name goes with it is decided at export by their {@link QuotePermission}.
 */
@Entity
@Table(schema = "survey", name = "session_quote")
@PersonalDataRecord(type = "survey.session_quote", partOf = "survey.study",
		legalBasis = "PRA 44 U.S.C. 3501 (Customer Research PIA 1.1)", source = "Customer Research PIA, \"Focus Groups\"")
class Quote extends AssignedIdEntity {

	@Id
	private UUID id;

	private UUID studyId;

	private UUID sessionId;

	private UUID transcriptId;

	private @Nullable UUID speakerId;

	private String text;

	private String createdBy;

	private Instant createdAt;

	protected Quote() {
	}

	Quote(UUID studyId, UUID sessionId, UUID transcriptId, @Nullable UUID speakerId, String text, String createdBy,
			Instant now) {
		this.id = UUID.randomUUID();
		this.studyId = studyId;
		this.sessionId = sessionId;
		this.transcriptId = transcriptId;
		this.speakerId = speakerId;
		this.text = text;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	@Override
	public UUID getId() { return id; }
	UUID getStudyId() { return studyId; }
	UUID getSessionId() { return sessionId; }
	UUID getTranscriptId() { return transcriptId; }
	@Nullable UUID getSpeakerId() { return speakerId; }
	String getText() { return text; }
	String getCreatedBy() { return createdBy; }
	Instant getCreatedAt() { return createdAt; }
}
