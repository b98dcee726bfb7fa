package org.casekeep.survey.sessions;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;
import org.casekeep.kernel.pii.VisibilityScope;
import org.casekeep.survey.keys.ContactVault;
import org.casekeep.survey.studies.ResearchRoles;
import org.jspecify.annotations.Nullable;

/**
 * A participant's affirmative consent to be recorded in a session (PIA "Audio and Video Recordings", 4.3), bound to
 * the version of the text they were shown by its SHA-256, with who took it and when. The name and signature on it
 * (PIA 2.1: "a consent form that may contain a participant's name and signature") are declared here, stored sealed
 * under the study's key, and destroyed when the session's recordings are ("Interviews": "any PII associated with a
 * participant's consent is destroyed when the underlying recording is destroyed"); the fact of the consent stays.
 */
@Entity
@Table(schema = "survey", name = "recording_consent")
@PersonalDataRecord(type = RecordingConsent.RECORD_TYPE, partOf = "survey.study",
		legalBasis = "PRA 44 U.S.C. 3501 (Customer Research PIA 1.1)",
		source = "Customer Research PIA, 2.1, \"Interviews\", \"Audio and Video Recordings\"")
class RecordingConsent extends AssignedIdEntity {

	static final String RECORD_TYPE = "survey.recording_consent";

	@Id
	private UUID id;

	private UUID sessionId;

	private UUID participantId;

	private UUID consentTextId;

	private String textSha256;

	private boolean affirmative;

	@PersonalData(category = PiiCategory.NAME, sensitivity = Sensitivity.MODERATE, visibleTo = ResearchRoles.RESEARCHER,
			scope = VisibilityScope.OWNER_OR_ASSIGNEE, exportable = false,
			description = "Name written on the consent to recording, sealed; destroyed with the recording (PIA 2.1)")
	private byte @Nullable [] signedName;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.MODERATE,
			visibleTo = ResearchRoles.RESEARCHER, scope = VisibilityScope.OWNER_OR_ASSIGNEE, exportable = false,
			description = "Signature on the consent to recording (typed, or how verbal consent was given), sealed; "
					+ "destroyed with the recording (PIA 2.1, 4.3)")
	private byte @Nullable [] signature;

	private boolean piiDestroyed;

	private String recordedBy;

	private Instant recordedAt;

	protected RecordingConsent() {
	}

	RecordingConsent(UUID sessionId, UUID participantId, ConsentText text, ContactVault.Sealer sealer,
			@Nullable String signedName, @Nullable String signature, String recordedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.sessionId = sessionId;
		this.participantId = participantId;
		this.consentTextId = text.getId();
		this.textSha256 = text.getSha256();
		this.affirmative = true;
		this.signedName = sealer.seal(id, "signedName", signedName);
		this.signature = sealer.seal(id, "signature", signature);
		this.recordedBy = recordedBy;
		this.recordedAt = now;
	}

	/** The name and signature are gone for good; the fact of the consent (text, who, when) stays. */
	void destroyPii() {
		signedName = null;
		signature = null;
		piiDestroyed = true;
	}

	@Override
	public UUID getId() { return id; }
	UUID getSessionId() { return sessionId; }
	UUID getParticipantId() { return participantId; }
	UUID getConsentTextId() { return consentTextId; }
	String getTextSha256() { return textSha256; }
	boolean isAffirmative() { return affirmative; }
	boolean isPiiDestroyed() { return piiDestroyed; }
	boolean hasPii() { return signedName != null || signature != null; }
	String getRecordedBy() { return recordedBy; }
	Instant getRecordedAt() { return recordedAt; }
}
