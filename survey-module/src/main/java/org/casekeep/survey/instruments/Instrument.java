package org.casekeep.survey.instruments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.db.AssignedIdEntity;
import org.casekeep.kernel.pii.PersonalDataRecord;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.jspecify.annotations.Nullable;

/**
 * A questionnaire or interview guide of a study, referred to by the study's id. Its {@code currentVersion} is what
 * is being edited or was approved; approval is of that exact version (PIA overview: the ICR names every information
 * collection material; 2.5: questions approved in advance), and the first change after an approval starts the next
 * version, which needs approval again. Over-collection must go before approval (PIA 2.5) and a public-facing
 * instrument needs all five elements of the Privacy Act notice (PIA 4.1, footnote 4).
 */
@Entity
@Table(schema = "survey", name = "instrument")
@PersonalDataRecord(type = Instrument.RECORD_TYPE, partOf = "survey.study",
		legalBasis = "PRA 44 U.S.C. 3501 (Customer Research PIA 1.1)", source = "Customer Research PIA 2.5, 4.1")
class Instrument extends AssignedIdEntity {

	static final String RECORD_TYPE = "survey.instrument";

	@Id
	private UUID id;

	private UUID studyId;

	private String title;

	private int currentVersion = 1;

	private @Nullable Integer approvedVersion;

	@Embedded
	private @Nullable PrivacyNotice notice;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "instrument_id", nullable = false)
	@OrderBy("position")
	private List<Question> questions = new ArrayList<>();

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Instrument() {
	}

	Instrument(UUID studyId, String title, Instant now) {
		this.id = UUID.randomUUID();
		this.studyId = studyId;
		this.title = title;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Whether the version being shown is the one approved: the instruments' gate is closed for it. */
	boolean currentVersionApproved() {
		return approvedVersion != null && approvedVersion == currentVersion;
	}

	Question addQuestion(QuestionValues values, Instant now) {
		edit(now);
		int position = questions.stream().mapToInt(Question::getPosition).max().orElse(0) + 1;
		Question question = new Question(position, values);
		questions.add(question);
		return question;
	}

	void removeQuestion(UUID questionId, Instant now) {
		Question question = question(questionId);
		edit(now);
		questions.remove(question);
	}

	/** @return whether the notice changed (an unchanged notice is no new version). */
	boolean changeNotice(PrivacyNotice changed, Instant now) {
		if (Objects.equals(notice(), changed)) {
			return false;
		}
		edit(now);
		notice = changed;
		return true;
	}

	/** PIA 2.5: marked during review, before approval; the researcher then drops the question. */
	void markOverCollection(UUID questionId, String reason, String reviewer, Instant now) {
		if (currentVersionApproved()) {
			throw new WorkflowConflictException("Version " + currentVersion + " is approved already; questions are "
					+ "marked as over-collection while a version is under review.");
		}
		question(questionId).markOverCollection(reason, reviewer);
		updatedAt = now;
	}

	/**
	 * What stops the current version's approval, in words; empty when it can be approved.
	 * @param publicFacing whether the study asks the public, who must be shown the notice (PIA 4.1, footnote 4).
	 */
	List<String> approvalBlockers(boolean publicFacing) {
		List<String> blockers = new ArrayList<>();
		if (questions.isEmpty()) {
			blockers.add("The instrument has no question.");
		}
		List<Integer> flagged = questions.stream().filter(Question::isOverCollection).map(Question::getPosition).toList();
		if (!flagged.isEmpty()) {
			blockers.add("Over-collection must be removed first (PIA 2.5): question " + flagged.stream()
				.map(String::valueOf).reduce((a, b) -> a + ", " + b).orElseThrow() + ".");
		}
		List<String> missing = notice().missing();
		if (publicFacing && !missing.isEmpty()) {
			blockers.add("A public-facing instrument needs every element of the privacy notice (PIA 4.1); missing: "
					+ String.join(", ", missing) + ".");
		}
		return blockers;
	}

	/** Approves the current version, exactly as it is now. */
	void approve(boolean publicFacing, Instant now) {
		if (currentVersionApproved()) {
			throw new WorkflowConflictException("Version " + currentVersion + " is approved already.");
		}
		List<String> blockers = approvalBlockers(publicFacing);
		if (!blockers.isEmpty()) {
			throw new WorkflowConflictException("Version " + currentVersion + " cannot be approved: "
					+ String.join(" ", blockers));
		}
		approvedVersion = currentVersion;
		updatedAt = now;
	}

	/** Any change to an approved version starts the next one, which needs approval again. */
	private void edit(Instant now) {
		if (currentVersionApproved()) {
			currentVersion++;
		}
		updatedAt = now;
	}

	private Question question(UUID questionId) {
		return questions.stream().filter(q -> q.getId().equals(questionId)).findFirst()
			.orElseThrow(() -> new RecordNotFoundException("survey.question", questionId));
	}

	@Override
	public UUID getId() { return id; }
	UUID getStudyId() { return studyId; }
	String getTitle() { return title; }
	int getCurrentVersion() { return currentVersion; }
	@Nullable Integer getApprovedVersion() { return approvedVersion; }
	PrivacyNotice notice() { return notice == null ? PrivacyNotice.NONE : notice; }
	List<Question> getQuestions() {
		return questions.stream().sorted(Comparator.comparingInt(Question::getPosition)).toList();
	}
	long getVersion() { return version; }
}
