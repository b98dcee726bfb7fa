package org.casekeep.survey.quotes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalDataRecord;

/**
 * A participant's answer to being quoted by name (PIA "Focus Groups"): agreed or refused, on which day, and the scope
 * of what they agreed to (which comments, to whom). One per participant of a study; a later answer replaces it, so
 * an agreement can be withdrawn. Holds no personal data itself: the participant is referred to by id.
 */
@Entity
@Table(schema = "survey", name = "quote_permission")
@PersonalDataRecord(type = "survey.quote_permission", partOf = "survey.study",
		legalBasis = "PRA 44 U.S.C. 3501 (Customer Research PIA 1.1)", source = "Customer Research PIA, \"Focus Groups\"")
class QuotePermission extends AssignedIdEntity {

	enum Decision {
		AGREED("Agreed to be quoted by name"), REFUSED("Declined to be quoted by name");

		private final String label;

		Decision(String label) {
			this.label = label;
		}

		String label() {
			return label;
		}
	}

	@Id
	private UUID id;

	private UUID studyId;

	private UUID participantId;

	private String researchUnit;

	@Enumerated(EnumType.STRING)
	private Decision decision;

	private LocalDate decidedOn;

	private String scope;

	private String recordedBy;

	private Instant recordedAt;

	@Version
	private long version;

	protected QuotePermission() {
	}

	QuotePermission(UUID studyId, UUID participantId, String researchUnit) {
		this.id = UUID.randomUUID();
		this.studyId = studyId;
		this.participantId = participantId;
		this.researchUnit = researchUnit;
	}

	void decide(Decision decision, LocalDate on, String scope, String by, Instant now) {
		this.decision = decision;
		this.decidedOn = on;
		this.scope = scope;
		this.recordedBy = by;
		this.recordedAt = now;
	}

	boolean agreed() {
		return decision == Decision.AGREED;
	}

	@Override
	public UUID getId() { return id; }
	UUID getStudyId() { return studyId; }
	UUID getParticipantId() { return participantId; }
	Decision getDecision() { return decision; }
	LocalDate getDecidedOn() { return decidedOn; }
	String getScope() { return scope; }
	String getRecordedBy() { return recordedBy; }
	Instant getRecordedAt() { return recordedAt; }
	long getVersion() { return version; }
}
