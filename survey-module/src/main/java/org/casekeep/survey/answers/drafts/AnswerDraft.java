package org.casekeep.survey.answers.drafts;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;

/**
 * The answers a respondent saved to finish later, kept by their invitation on the contact side and never in the answer
 * tables (PIA 3.4, overview "Wave Surveys"): sealed under a key derived from the invitation's token, which is never
 * stored, so a copy of the database opens none. Only the day of the last save is kept, never a time.
 */
@Entity
@Table(schema = "survey", name = "answer_draft")
@PersonalDataRecord(type = AnswerDraft.RECORD_TYPE, partOf = "survey.study",
		legalBasis = "PRA 44 U.S.C. 3501 (Customer Research PIA 1.1)", source = "Customer Research PIA overview, 2.5, 3.4")
class AnswerDraft extends AssignedIdEntity {

	static final String RECORD_TYPE = "survey.answer_draft";

	@Id
	private UUID invitationId;

	private UUID studyId;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.MODERATE, exportable = false,
			description = "Answers saved to finish later, SPII redacted, sealed under a key only the invitation's "
					+ "token gives (PIA 3.4); nobody but the holder of the link reads them")
	private byte[] sealed;

	private LocalDate savedOn;

	@Version
	private long version;

	protected AnswerDraft() {
	}

	AnswerDraft(UUID invitationId, UUID studyId, byte[] sealed, LocalDate savedOn) {
		this.invitationId = invitationId;
		this.studyId = studyId;
		this.sealed = sealed;
		this.savedOn = savedOn;
	}

	void replace(byte[] resealed, LocalDate today) {
		this.sealed = resealed;
		this.savedOn = today;
	}

	@Override
	public UUID getId() { return invitationId; }
	UUID getStudyId() { return studyId; }
	byte[] getSealed() { return sealed; }
	long getVersion() { return version; }
}
