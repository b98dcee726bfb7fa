package org.casekeep.survey.sessions;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.survey.gates.StudyGates;
import org.casekeep.survey.keys.ContactVault;
import org.casekeep.survey.studies.ResearchTime;
import org.casekeep.survey.studies.StudyAct;
import org.casekeep.survey.studies.StudyRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Affirmative consent before any recording (PIA "Audio and Video Recordings": "a participant must give affirmative,
 * informed consent prior to an interviewer or facilitator initiating a recording"; 4.3). The study keeps its consent
 * text version by version; a consent names the SHA-256 of the exact text the participant was shown, and only a
 * consent to the current text lets a session be recorded. Name and signature are sealed under the study's key.
 */
@Service
@Transactional
public class ConsentDesk {

	/** A new wording of the consent text. */
	public record TextDraft(@Nullable String text) {
	}

	/** A version of the consent text, word for word, with the hash a consent names. */
	public record ConsentTextView(UUID id, int number, String sha256, String text, String createdBy,
			Instant createdAt) {

		static ConsentTextView of(ConsentText t) {
			return new ConsentTextView(t.getId(), t.getNumber(), t.getSha256(), t.getText(), t.getCreatedBy(),
					t.getCreatedAt());
		}
	}

	/** A consent as it is taken: who, to which text (its hash), that it was affirmative, the name and signature. */
	public record ConsentDraft(@Nullable String participantId, @Nullable String consentTextSha256,
			@Nullable Boolean affirmative, @Nullable String signedName, @Nullable String signature) {
	}

	/** A consent as the team sees it: the fact and the text version, never the name or signature. */
	public record ConsentView(UUID id, UUID participantId, int textNumber, String textSha256, boolean currentText,
			String recordedBy, Instant recordedAt, boolean nameAndSignatureDestroyed) {
	}

	private final ConsentTexts texts;
	private final RecordingConsents consents;
	private final SessionAccess access;
	private final StudyRegistry studies;
	private final StudyGates gates;
	private final ContactVault vault;
	private final AuditTrail audit;
	private final ResearchTime time;

	ConsentDesk(ConsentTexts texts, RecordingConsents consents, SessionAccess access, StudyRegistry studies,
			StudyGates gates, ContactVault vault, AuditTrail audit, ResearchTime time) {
		this.texts = texts;
		this.consents = consents;
		this.access = access;
		this.studies = studies;
		this.gates = gates;
		this.vault = vault;
		this.audit = audit;
		this.time = time;
	}

	/** A researcher of the study words a new version of its consent text; earlier consents keep theirs. */
	public ConsentTextView addText(UUID studyId, TextDraft draft) {
		String unit = studies.collecting(studyId).researchUnit();
		InputCheck input = new InputCheck();
		String text = input.requiredText("text", draft.text(), "Consent text", 20_000);
		input.throwIfInvalid();
		if (texts.findByStudyIdAndSha256(studyId, ConsentText.sha256(text)).isPresent()) {
			throw InvalidInputException.of("text", "This wording is already a version of the consent text");
		}
		List<ConsentText> earlier = texts.findByStudyIdOrderByNumberDesc(studyId);
		int number = earlier.isEmpty() ? 1 : earlier.getFirst().getNumber() + 1;
		ConsentText saved = texts.saveAndFlush(new ConsentText(studyId, number, text, Actors.require().username(),
				time.now()));
		audit.record(AuditEvent.of(AuditAction.CREATE, "survey.consent_text", saved.getId(), unit)
			.withFields(List.of("text")).withDetails("consent text version " + number));
		return ConsentTextView.of(saved);
	}

	/** The study's consent texts, the current one first. */
	@Transactional(readOnly = true)
	public List<ConsentTextView> texts(UUID studyId) {
		studies.checked(studyId, StudyAct.READ);
		return texts.findByStudyIdOrderByNumberDesc(studyId).stream().map(ConsentTextView::of).toList();
	}

	/**
	 * The team records a participant's consent to the text they were shown, before any recording.
	 * @throws StudyGates.GatesOpenException (409) while a gate of the study is open.
	 * @throws InvalidInputException (422) naming the field: not a participant of the session, not affirmative, or
	 * a text that is no version of the study's.
	 */
	public ConsentView record(UUID sessionId, ConsentDraft draft) {
		ResearchSession session = access.require(sessionId, Operation.UPDATE);
		gates.requireNoneOpen(studies.collecting(session.getStudyId()));
		InputCheck input = new InputCheck();
		UUID participant = input.required("participantId", draft.participantId(), "Participant", SessionDesk::uuid);
		if (participant != null && !session.takesPart(participant)) {
			input.reject("participantId", "Participant " + participant + " does not take part in this session");
		}
		String hash = input.required("consentTextSha256", draft.consentTextSha256(), "Consent text", raw -> raw);
		ConsentText text = hash == null ? null : texts.findByStudyIdAndSha256(session.getStudyId(), hash).orElse(null);
		if (hash != null && text == null) {
			input.reject("consentTextSha256", "No version of this study's consent text has this SHA-256: record "
					+ "the consent to the text the participant was shown");
		}
		if (!Boolean.TRUE.equals(draft.affirmative())) {
			input.reject("affirmative", "Consent to recording must be affirmative: the participant said or signed yes "
					+ "(PIA \"Audio and Video Recordings\"). Without it, do not record.");
		}
		String name = input.text("signedName", draft.signedName(), "Name on the consent", 200);
		String signature = input.text("signature", draft.signature(), "Signature", 500);
		input.throwIfInvalid();
		RecordingConsent consent = consents.saveAndFlush(new RecordingConsent(sessionId, participant, text,
				vault.forStudy(session.getStudyId()), name, signature, Actors.require().username(), time.now()));
		audit.record(AuditEvent.of(AuditAction.CREATE, RecordingConsent.RECORD_TYPE, consent.getId(),
				session.getResearchUnit()).withFields(List.of("signedName", "signature"))
			.withDetails("consent to recording, text version " + text.getNumber()));
		return view(consent, Map.of(text.getId(), text), current(session.getStudyId()));
	}

	/** The consents taken in the session, newest last. */
	@Transactional(readOnly = true)
	public List<ConsentView> consents(UUID sessionId) {
		ResearchSession session = access.require(sessionId, Operation.READ);
		Map<UUID, ConsentText> byId = texts.findByStudyIdOrderByNumberDesc(session.getStudyId()).stream()
			.collect(Collectors.toMap(ConsentText::getId, Function.identity()));
		Optional<ConsentText> current = current(session.getStudyId());
		return consents.findBySessionIdOrderByRecordedAt(sessionId).stream().map(c -> view(c, byId, current)).toList();
	}

	/**
	 * Before a recording: every participant of the session consented to the current consent text.
	 * @throws WorkflowConflictException (409) if the study has no consent text.
	 * @throws InvalidInputException (422) naming each participant without such a consent, and why.
	 */
	@Transactional(readOnly = true)
	void requireEveryoneConsented(ResearchSession session) {
		ConsentText current = current(session.getStudyId()).orElseThrow(() -> new WorkflowConflictException(
				"The study has no consent text: word one, and take every participant's consent to it, before "
						+ "recording."));
		Map<UUID, ConsentText> byId = texts.findByStudyIdOrderByNumberDesc(session.getStudyId()).stream()
			.collect(Collectors.toMap(ConsentText::getId, Function.identity()));
		List<RecordingConsent> given = consents.findBySessionIdOrderByRecordedAt(session.getId());
		InputCheck input = new InputCheck();
		for (UUID participant : session.getParticipants().stream().sorted().toList()) {
			List<RecordingConsent> theirs = given.stream().filter(c -> c.getParticipantId().equals(participant))
				.toList();
			if (theirs.stream().noneMatch(c -> c.getTextSha256().equals(current.getSha256()))) {
				input.reject("consents[" + participant + "]", theirs.isEmpty()
						? "Participant " + participant + " has not consented to being recorded"
						: "Participant " + participant + " consented only to version "
								+ theirs.stream().mapToInt(c -> byId.get(c.getConsentTextId()).getNumber()).max()
									.orElse(0)
								+ " of the consent text, not to the current version " + current.getNumber()
								+ ": ask again with the current text");
			}
		}
		input.throwIfInvalid();
	}

	private Optional<ConsentText> current(UUID studyId) {
		return texts.findByStudyIdOrderByNumberDesc(studyId).stream().findFirst();
	}

	private static ConsentView view(RecordingConsent c, Map<UUID, ConsentText> texts, Optional<ConsentText> current) {
		ConsentText text = texts.get(c.getConsentTextId());
		return new ConsentView(c.getId(), c.getParticipantId(), text == null ? 0 : text.getNumber(),
				c.getTextSha256(), current.map(t -> t.getSha256().equals(c.getTextSha256())).orElse(false),
				c.getRecordedBy(), c.getRecordedAt(), c.isPiiDestroyed());
	}
}
