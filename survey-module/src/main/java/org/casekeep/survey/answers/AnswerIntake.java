package org.casekeep.survey.answers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.casekeep.kernel.spii.SpiiDetector;
import org.casekeep.kernel.spii.SpiiFinding;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.survey.gates.StudyGates;
import org.casekeep.survey.gates.WaveStatus;
import org.casekeep.survey.instruments.InstrumentDesk;
import org.casekeep.survey.instruments.InstrumentView;
import org.casekeep.survey.instruments.InstrumentView.QuestionView;
import org.casekeep.survey.instruments.QuestionKind;
import org.casekeep.survey.participants.ParticipantPanel;
import org.casekeep.survey.studies.ResearchTime;
import org.casekeep.survey.studies.StudyRegistry;
import org.casekeep.survey.studies.StudyView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking answers, from the public page by invitation or keyed in by staff from paper: every time the study's gates are
 * checked first and its wave must be collecting (PIA 1.5, 4.1: no collection while a gate is open, through any path);
 * every answer checked against the approved question; open text scanned for SPII and redacted before it is stored
 * (PIA 2.5). The answer stored carries a random id and the day; for a wave study the participant's pseudonymous id,
 * for any other nothing that leads back to the invitation, which is only marked used. No audit entry names an answer:
 * its precise time would link it to the invitation.
 */
@Service
@Transactional
public class AnswerIntake {

	/** The form a respondent fills: the study's title, its wave and its approved instruments, notice first. */
	record RespondentForm(String studyTitle, int waveNumber, boolean publicFacing, List<InstrumentView> instruments) {
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
	private final SpiiDetector spii;

	AnswerIntake(Invitations invitations, Answers answers, StudyRegistry studies, StudyGates gates, WaveStatus waves,
			InstrumentDesk instruments, ParticipantPanel panel, ResearchTime time) {
		this.invitations = invitations;
		this.answers = answers;
		this.studies = studies;
		this.gates = gates;
		this.waves = waves;
		this.instruments = instruments;
		this.panel = panel;
		this.time = time;
		this.spii = new SpiiDetector();
	}

	/** The form of an invitation, once its study's gates are closed and its wave is collecting. */
	@Transactional(readOnly = true)
	RespondentForm form(String token) {
		Invitation invitation = invitations.findByTokenDigest(digest(token)).filter(i -> !i.isUsed())
			.orElseThrow(UnusableInvitationException::new);
		StudyView study = collecting(invitation);
		return new RespondentForm(study.title(), waveNumber(invitation), study.publicFacing(),
				instruments.forRespondent(study));
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
		List<AnswerValue> values = checked(instruments.forRespondent(study), form);
		UUID pseudonym = invitation.isLinked() ? panel.pseudonym(invitation.getParticipantId()) : null;
		invitation.use();
		invitations.save(invitation);
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
	}

	/**
	 * A researcher of the study keys in a paper or phone answer: anonymous (no pseudonym), the same checks.
	 * @return the number of answers the study now holds.
	 */
	long keyIn(UUID studyId, Map<String, List<String>> form) {
		StudyView study = studies.collecting(studyId);
		gates.requireNoneOpen(study);
		WaveStatus.WaveRef wave = waves.collecting(studyId).orElseThrow(NotCollectingException::new);
		List<AnswerValue> values = checked(instruments.forRespondent(study), form);
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

	/** Every answer given, checked against its question; every problem at once, each naming its field. */
	private List<AnswerValue> checked(List<InstrumentView> all, Map<String, List<String>> form) {
		InputCheck input = new InputCheck();
		List<AnswerValue> values = new ArrayList<>();
		for (InstrumentView instrument : all) {
			int version = instrument.approvedVersion() == null ? instrument.currentVersion()
					: instrument.approvedVersion();
			for (QuestionView question : instrument.questions()) {
				String field = FIELD_PREFIX + question.id();
				List<String> given = form.getOrDefault(field, List.of()).stream()
					.filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
				if (given.isEmpty()) {
					continue; // PIA overview: participation, and every question, is voluntary.
				}
				for (Checked one : check(question, given, field, input)) {
					values.add(new AnswerValue(instrument.id(), version, question.id(), one.value(), one.redacted()));
				}
			}
		}
		input.throwIfInvalid();
		return values;
	}

	private record Checked(String value, boolean redacted) {
	}

	private List<Checked> check(QuestionView question, List<String> given, String field, InputCheck input) {
		QuestionKind kind = question.kind();
		if (kind != QuestionKind.MULTIPLE_CHOICE && given.size() > 1) {
			input.reject(field, "Give one answer");
			return List.of();
		}
		String one = given.getFirst();
		switch (kind) {
			case YES_NO -> {
				if (!one.equals("YES") && !one.equals("NO")) {
					input.reject(field, "Answer yes or no");
					return List.of();
				}
			}
			case RATING_SCALE -> {
				int points = question.scalePoints() == null ? 5 : question.scalePoints();
				try {
					int rating = Integer.parseInt(one);
					if (rating < 1 || rating > points) {
						throw new NumberFormatException();
					}
				}
				catch (NumberFormatException ex) {
					input.reject(field, "Choose a rating from 1 to " + points);
					return List.of();
				}
			}
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
				if (!question.choices().containsAll(given) || new LinkedHashSet<>(given).size() != given.size()) {
					input.reject(field, "Choose among the answers offered");
					return List.of();
				}
				return given.stream().map(v -> new Checked(v, false)).toList();
			}
			case DEMOGRAPHIC -> {
				if (!question.choices().isEmpty() && !question.choices().contains(one)) {
					input.reject(field, "Choose among the answers offered");
					return List.of();
				}
				if (question.choices().isEmpty()) {
					return List.of(redacted(one, 200, field, input));
				}
			}
			case OPEN_ENDED -> {
				return List.of(redacted(one, MAX_OPEN_ANSWER, field, input));
			}
		}
		return List.of(new Checked(one, false));
	}

	/** PIA 2.5: open answers are scanned for SPII on receipt and what is found is redacted before storage. */
	private Checked redacted(String text, int max, String field, InputCheck input) {
		if (text.length() > max) {
			input.reject(field, "Keep the answer under " + max + " characters");
		}
		List<SpiiFinding> findings = spii.scan(text);
		return findings.isEmpty() ? new Checked(text, false) : new Checked(spii.redact(text, findings), true);
	}
}
