package org.casekeep.survey.sessions;

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
import org.casekeep.survey.studies.ResearchRoles;

/**
 * The bytes of a recording, sealed (AES-GCM) under its data key and bound to its id, in a row of their own so that
 * listing recordings never loads them; deleted when the recording is purged.
 */
@Entity
@Table(schema = "survey", name = "recording_content")
@PersonalDataRecord(type = "survey.recording_content", partOf = Recording.RECORD_TYPE,
		legalBasis = "PRA 44 U.S.C. 3501 (Customer Research PIA 1.1)",
		source = "Customer Research PIA, \"Audio and Video Recordings\"")
class RecordingContent extends AssignedIdEntity {

	@Id
	private UUID recordingId;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.HIGH, visibleTo = ResearchRoles.RESEARCHER,
			scope = VisibilityScope.OWNER_OR_ASSIGNEE, exportable = false,
			description = "Audio or video of a participant in an interview or focus group, sealed; used only to "
					+ "check the accuracy of the responses and purged once the transcript or notes are verified")
	private byte[] sealed;

	protected RecordingContent() {
	}

	RecordingContent(UUID recordingId, byte[] sealed) {
		this.recordingId = recordingId;
		this.sealed = sealed;
	}

	@Override
	public UUID getId() { return recordingId; }
	byte[] getSealed() { return sealed; }
}
