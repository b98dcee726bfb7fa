package org.casekeep.survey.keys;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalDataRecord;

/**
 * A study's data key, the holder of its contact data for retention, wrapped (AES-GCM) by the master key: never stored in the clear. Deleting it makes every contact
 * detail sealed under it unreadable (PIA overview "Wave Surveys": crypto-shredding when the final wave closes).
 */
@Entity
@Table(schema = "survey", name = "study_key")
@PersonalDataRecord(type = StudyKey.RECORD_TYPE, retention = "SURVEY_CONTACTS",
		legalBasis = "PRA 44 U.S.C. 3501; DHS/ALL-002 (Customer Research PIA 1.1)",
		source = "Customer Research PIA, overview \"Wave Surveys\", 1.4, 5.1")
class StudyKey extends AssignedIdEntity {

	/**
	 * The contact data of a study as retention tracks it, by the study's id: its key, and every contact detail sealed
	 * under it, destroyed when the final wave closes.
	 */
	static final String RECORD_TYPE = ContactVault.CONTACTS_RECORD_TYPE;

	@Id
	private UUID studyId;

	private byte[] wrapped;

	private Instant createdAt;

	protected StudyKey() {
	}

	StudyKey(UUID studyId, byte[] wrapped, Instant createdAt) {
		this.studyId = studyId;
		this.wrapped = wrapped.clone();
		this.createdAt = createdAt;
	}

	@Override
	public UUID getId() { return studyId; }
	byte[] getWrapped() { return wrapped.clone(); }
	Instant getCreatedAt() { return createdAt; }
}
