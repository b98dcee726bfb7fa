package org.casekeep.survey.sessions;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.jspecify.annotations.Nullable;

/**
 * An audio or video recording of a session (PIA "Audio and Video Recordings"): what it is and who uploaded it when;
 * its bytes are kept apart ({@link RecordingContent}), sealed under a data key of its own which is stored only sealed
 * under the study's key. Purging it deletes the bytes and the data key at once: "once the business need for
 * maintaining a recording is met, the recording is immediately purged". Tracked by retention on its own, so a
 * recording nobody verified is still destroyed a year after it was made (PIA "Interviews", 5.1).
 */
@Entity
@Table(schema = "survey", name = "recording")
@PersonalDataRecord(type = Recording.RECORD_TYPE, retention = Recording.RETENTION,
		legalBasis = "PRA 44 U.S.C. 3501 (Customer Research PIA 1.1)",
		source = "Customer Research PIA, \"Audio and Video Recordings\", \"Interviews\", 5.1")
class Recording extends AssignedIdEntity {

	static final String RECORD_TYPE = "survey.recording";
	static final String RETENTION = "SURVEY_RECORDINGS";

	@Id
	private UUID id;

	private UUID sessionId;

	private UUID studyId;

	private String researchUnit;

	private String mediaType;

	private long sizeBytes;

	/** The recording's own data key, sealed under the study's key; {@literal null} once purged. */
	private byte @Nullable [] dataKey;

	private String uploadedBy;

	private Instant uploadedAt;

	private @Nullable Instant purgedAt;

	private @Nullable String purgeReason;

	@Version
	private long version;

	protected Recording() {
	}

	Recording(ResearchSession session, String mediaType, long sizeBytes, String uploadedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.sessionId = session.getId();
		this.studyId = session.getStudyId();
		this.researchUnit = session.getResearchUnit();
		this.mediaType = mediaType;
		this.sizeBytes = sizeBytes;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = now;
	}

	void keepSealedKey(byte[] sealedKey) {
		this.dataKey = sealedKey.clone();
	}

	/** The sealed data key. @throws WorkflowConflictException (409) once the recording was purged. */
	byte[] sealedKey() {
		if (purgedAt != null || dataKey == null) {
			throw new WorkflowConflictException("The recording was purged on " + purgedAt + " (" + purgeReason + ").");
		}
		return dataKey.clone();
	}

	/** Forgets the data key: whatever still holds the sealed bytes can never open them. */
	void purge(String reason, Instant now) {
		dataKey = null;
		purgedAt = now;
		purgeReason = reason;
	}

	boolean isPurged() { return purgedAt != null; }

	@Override
	public UUID getId() { return id; }
	UUID getSessionId() { return sessionId; }
	UUID getStudyId() { return studyId; }
	String getResearchUnit() { return researchUnit; }
	String getMediaType() { return mediaType; }
	long getSizeBytes() { return sizeBytes; }
	String getUploadedBy() { return uploadedBy; }
	Instant getUploadedAt() { return uploadedAt; }
	@Nullable Instant getPurgedAt() { return purgedAt; }
	@Nullable String getPurgeReason() { return purgeReason; }
	long getVersion() { return version; }
}
