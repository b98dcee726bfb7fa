package org.casekeep.survey.answers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.survey.answers.drafts.DraftKeeper;
import org.casekeep.survey.gates.StudyGates;
import org.casekeep.survey.gates.WaveStatus;
import org.casekeep.survey.instruments.InstrumentDesk;
import org.casekeep.survey.instruments.InstrumentView;
import org.casekeep.survey.participants.ParticipantPanel;
import org.casekeep.survey.studies.ResearchTime;
import org.casekeep.survey.studies.StudyRegistry;
import org.casekeep.survey.studies.StudyView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking answers, from the public page by invitation or keyed in by staff from paper: every time the study's gates are
 * checked first and its wave must be collecting (PIA 1.5, 4.1: no collection while a gate is open, through any path);
 * every answer checked against the approved question; open text scanned for SPII and redacted before it is stored
 * (PIA 2.5). The answer stored carries a random id and the day; for a wave study the participant's pseudonymous id,
 * for any other nothing that leads back to the invitation, which is only marked used. No audit entry names an answer:
 * its precise time would link it to the invitation. A respondent may save what they filled to finish later by the same
 * link: checked and redacted like an answer, sealed by {@link DraftKeeper} on the invitation's side, and discarded
 * when the answer is sent or the person opts out.
 */
@Service
@Transactional
public class AnswerIntake {

	/**
	 * The form a respondent fills: the study's title, its wave and its approved instruments, notice first, with what
	 * they saved ({@code saved}, as form fields) and the version of that draft, {@code null} when there is none.
	 */
	record RespondentForm(String studyTitle, int waveNumber, boolean publicFacing, List<InstrumentView> instruments,
			Map<String, List<String>> saved, @Nullable Long draftVersion) {

		int questionCount() {
			return instruments.stream().mapToInt(i -> i.questions().size()).sum();
		}

		/** How many questions the values answer (PIA overview: every question is optional). */
		int answered(Map<String, List<String>> values) {
			return (int) instruments.stream().flatMap(i -> i.questions().stream())
				.filter(q -> !values.getOrDefault(FIELD_PREFIX + q.id(), List.of()).isEmpty()).count();
		}
	}

	/** An invitation link that is not valid, or was used: one message for both, so neither can be probed. */
	static class UnusableInvitationException extends RuntimeException {

		UnusableInvitationException() {
			super("This link is not valid or was already used", null, false, false);
		}
	}

	/** The wave is not collecting (closed, or none open). */
	static class NotCollectingException extends WorkflowConflictException {

		NotCollectingException() {
			super("This survey is not collecting answers now: its wave is closed or not open yet");
		}
	}

	static final int MAX_OPEN_ANSWER = 4000;
	static final String FIELD_PREFIX = "q-";

	private final Invitations invitations;
	private final Answers answers;
	private final StudyRegistry studies;
	private final StudyGates gates;
	private final WaveStatus waves;
	private final InstrumentDesk instruments;
	private final ParticipantPanel panel;
	private final ResearchTime time;
	private final AnswerCheck check;
	private final DraftKeeper drafts;

	AnswerIntake(Invitations invitations, Answers answers, StudyRegistry studies, StudyGates gates, WaveStatus waves,
			InstrumentDesk instruments, ParticipantPanel panel, ResearchTime time, AnswerCheck check,
			DraftKeeper drafts) {
		this.invitations = invitations;
		this.answers = answers;
		this.studies = studies;
		this.gates = gates;
		this.waves = waves;
		this.instruments = instruments;
		this.panel = panel;
		this.time = time;
		this.check = check;
		this.drafts = drafts;
	}

	/**
	 * The form of an invitation, once its study's gates are closed and its wave is collecting, filled with what was
	 * saved by this link.
	 */
	@Transactional(readOnly = true)
	RespondentForm form(String token) {
		Invitation invitation = invitations.findByTokenDigest(digest(token)).filter(i -> !i.isUsed())
			.orElseThrow(UnusableInvitationException::new);
		StudyView study = collecting(invitation);
		DraftKeeper.SavedDraft draft = drafts.open(invitation.getId(), token).orElse(null);
		return new RespondentForm(study.title(), waveNumber(invitation), study.publicFacing(),
				instruments.forRespondent(study), draft == null ? Map.of() : draft.values(),
				draft == null ? null : draft.version());
	}

	/**
	 * Saves what the respondent filled so far to finish later by the same link (PIA 3.4: on the invitation's side,
	 * sealed under its token): each value checked as an answer is and open text redacted, unanswered questions left
	 * so. The invitation stays unused.
	 * @param expected the draft version the page showed, {@code null} when it showed none.
	 * @return the saved draft.
	 * @throws UnusableInvitationException if the link is not valid or was used.
	 * @throws StudyGates.GatesOpenException (409) while a gate is open; {@link NotCollectingException} (409) when the
	 * wave is closed.
	 * @throws DraftKeeper.StaleDraftException (409) when another window saved meanwhile.
	 * @throws org.casekeep.kernel.validation.InvalidInputException naming each answer that does not fit.
	 */
	DraftKeeper.SavedDraft saveDraft(String token, Map<String, List<String>> form, @Nullable Long expected) {
		Invitation invitation = invitations.lockByTokenDigest(digest(token)).filter(i -> !i.isUsed())
			.orElseThrow(UnusableInvitationException::new);
		StudyView study = collecting(invitation);
		List<AnswerValue> values = check.checked(instruments.forRespondent(study), form);
		return drafts.save(invitation.getId(), study.id(), token, AnswerCheck.asFields(values), expected);
	}

	/**
	 * Takes a respondent's answers (form fields {@code q-<question id>}); the invitation is used once.
	 * @throws UnusableInvitationException if it is not valid or was used.
	 * @throws StudyGates.GatesOpenException (409) while a gate is open.
	 * @throws org.casekeep.kernel.validation.InvalidInputException naming each answer that does not fit.
	 */
	void submit(String token, Map<String, List<String>> form, Locale language) {
		Invitation invitation = invitations.lockByTokenDigest(digest(token)).filter(i -> !i.isUsed())
			.orElseThrow(UnusableInvitationException::new);
		StudyView study = collecting(invitation);
		List<AnswerValue> values = check.checked(instruments.forRespondent(study), form);
		UUID pseudonym = invitation.isLinked() ? panel.pseudonym(invitation.getParticipantId()) : null;
		invitation.use();
		invitations.save(invitation);
		drafts.discard(invitation.getId());
		answers.save(new Answer(study.id(), waveNumber(invitation), pseudonym, time.today(), language.getLanguage(),
				false, values));
	}

	/** The respondent opts out of future research from their invitation (PIA 2.2); the invitation is used. */
	void optOut(String token) {
		Invitation invitation = invitations.lockByTokenDigest(digest(token)).filter(i -> !i.isUsed())
			.orElseThrow(UnusableInvitationException::new);
		panel.optOut(invitation.getParticipantId());
		invitation.use();
		invitations.save(invitation);
		drafts.discard(invitation.getId());
	}

	/**
	 * A researcher of the study keys in a paper or phone answer: anonymous (no pseudonym), the same checks.
	 * @return the number of answers the study now holds.
	 */
	long keyIn(UUID studyId, Map<String, List<String>> form) {
		StudyView study = studies.collecting(studyId);
		gates.requireNoneOpen(study);
		WaveStatus.WaveRef wave = waves.collecting(studyId).orElseThrow(NotCollectingException::new);
		List<AnswerValue> values = check.checked(instruments.forRespondent(study), form);
		answers.save(new Answer(studyId, wave.number(), null, time.today(), "en", true, values));
		return answers.countByStudyId(studyId);
	}

	/** The SHA-256 of a token, as invitations keep it. */
	static String digest(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private StudyView collecting(Invitation invitation) {
		StudyView study = studies.forRespondent(invitation.getStudyId());
		gates.requireNoneOpen(study);
		WaveStatus.WaveRef wave = waves.collecting(study.id()).orElseThrow(NotCollectingException::new);
		if (!wave.id().equals(invitation.getWaveId())) {
			throw new NotCollectingException();
		}
		return study;
	}

	private int waveNumber(Invitation invitation) {
		return waves.find(invitation.getWaveId()).orElseThrow(NotCollectingException::new).number();
	}
}
