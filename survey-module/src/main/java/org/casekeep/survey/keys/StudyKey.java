package org.casekeep.survey.keys;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casekeep.kernel.db.AssignedIdEntity;

/**
 * A study's data key, wrapped (AES-GCM) by the master key: never stored in the clear. Deleting it makes every contact
 * detail sealed under it unreadable (PIA overview "Wave Surveys": crypto-shredding when the final wave closes).
 */
@Entity
@Table(schema = "survey", name = "study_key")
class StudyKey extends AssignedIdEntity {

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
