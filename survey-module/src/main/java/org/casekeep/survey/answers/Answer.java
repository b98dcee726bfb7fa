package org.casekeep.survey.answers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.jspecify.annotations.Nullable;

/**
 * One respondent's answers to a wave, on the answer side (PIA overview, 3.4): a random id, the wave, the day received
 * (never the time), the page's language, and for wave studies the pseudonymous id that links the same person's
 * answers across waves. It holds nothing that leads to the person: no token, invitation, participant, contact or IP.
 * Kept and destroyed with its study (GRS 6.5 item 010).
 */
@Entity
@Table(schema = "survey", name = "answer")
@PersonalDataRecord(type = Answer.RECORD_TYPE, partOf = "survey.study",
		legalBasis = "PRA 44 U.S.C. 3501 (Customer Research PIA 1.1)", source = "Customer Research PIA, overview, 3.4")
class Answer extends AssignedIdEntity {

	static final String RECORD_TYPE = "survey.answer";

	@Id
	private UUID id;

	private UUID studyId;

	private int waveNumber;

	private @Nullable UUID pseudonym;

	private LocalDate receivedOn;

	private String language;

	private boolean keyedIn;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "answer_id", nullable = false)
	private List<AnswerValue> answerValues = new ArrayList<>();

	protected Answer() {
	}

	Answer(UUID studyId, int waveNumber, @Nullable UUID pseudonym, LocalDate receivedOn, String language,
			boolean keyedIn, List<AnswerValue> values) {
		this.id = UUID.randomUUID();
		this.studyId = studyId;
		this.waveNumber = waveNumber;
		this.pseudonym = pseudonym;
		this.receivedOn = receivedOn;
		this.language = language;
		this.keyedIn = keyedIn;
		this.answerValues.addAll(values);
	}

	@Override
	public UUID getId() { return id; }
	UUID getStudyId() { return studyId; }
	int getWaveNumber() { return waveNumber; }
	@Nullable UUID getPseudonym() { return pseudonym; }
	LocalDate getReceivedOn() { return receivedOn; }
	List<AnswerValue> getAnswerValues() { return List.copyOf(answerValues); }
}
