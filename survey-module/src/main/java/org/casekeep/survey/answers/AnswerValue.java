package org.casekeep.survey.answers;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;
import org.casekeep.survey.studies.ResearchRoles;

/**
 * One answer to one question of an approved instrument version: a choice, a rating, or open text with every SPII
 * finding already redacted ({@code redacted} says so; PIA 2.5). Demographics are kept only for aggregate reports.
 */
@Entity
@Table(schema = "survey", name = "answer_value")
@PersonalDataRecord(type = "survey.answer_value", partOf = "survey.study",
		legalBasis = "PRA 44 U.S.C. 3501 (Customer Research PIA 1.1)", source = "Customer Research PIA 2.1, 2.5")
class AnswerValue extends AssignedIdEntity {

	@Id
	private UUID id;

	private UUID instrumentId;

	private int instrumentVersion;

	private UUID questionId;

	@PersonalData(category = PiiCategory.FREE_TEXT, sensitivity = Sensitivity.MODERATE,
			visibleTo = ResearchRoles.RESEARCHER, exportable = false,
			description = "An answer: a choice, a rating, a demographic or open text redacted of SPII")
	private String value;

	private boolean redacted;

	protected AnswerValue() {
	}

	AnswerValue(UUID instrumentId, int instrumentVersion, UUID questionId, String value, boolean redacted) {
		this.id = UUID.randomUUID();
		this.instrumentId = instrumentId;
		this.instrumentVersion = instrumentVersion;
		this.questionId = questionId;
		this.value = value;
		this.redacted = redacted;
	}

	@Override
	public UUID getId() { return id; }
	UUID getQuestionId() { return questionId; }
	String getValue() { return value; }
	boolean isRedacted() { return redacted; }
}
