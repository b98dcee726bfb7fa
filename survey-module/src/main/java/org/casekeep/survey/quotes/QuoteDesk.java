package org.casekeep.survey.quotes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.survey.participants.ParticipantPanel;
import org.casekeep.survey.sessions.SessionDesk;
import org.casekeep.survey.sessions.TranscriptReview;
import org.casekeep.survey.studies.ResearchTime;
import org.casekeep.survey.studies.StudyAct;
import org.casekeep.survey.studies.StudyRegistry;
import org.casekeep.survey.studies.StudyView;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quoting subject matter experts (PIA "Focus Groups"): the researchers of a study record each person's answer to
 * being quoted by name, the session's team takes quotes word for word from its verified, redacted transcripts, and
 * the export names a speaker only while they agreed and have not opted out (PIA 4.2: consent may be withdrawn at
 * any time). A refusal is honoured: the quote goes out attributed to nobody, saying the speaker declined to be named.
 */
@Service
@Transactional
public class QuoteDesk {

	static final String PERMISSION_TYPE = "survey.quote_permission";
	static final String ATTRIBUTION_PURPOSE = "attribution of a quote its speaker agreed to";

	/** A person's answer to being quoted by name. */
	public record PermissionDraft(@Nullable String decision, @Nullable String decidedOn, @Nullable String scope,
			@Nullable Long version) {
	}

	public record PermissionView(UUID participantId, String decision, String decisionLabel, LocalDate decidedOn,
			String scope, String recordedBy, Instant recordedAt, long version) {

		static PermissionView of(QuotePermission p) {
			return new PermissionView(p.getParticipantId(), p.getDecision().name(), p.getDecision().label(),
					p.getDecidedOn(), p.getScope(), p.getRecordedBy(), p.getRecordedAt(), p.getVersion());
		}
	}

	/** A quote to take from a verified transcript of a session. */
	public record QuoteDraft(@Nullable String transcriptId, @Nullable String speakerId, @Nullable String text) {
	}

	public record QuoteView(UUID id, UUID sessionId, UUID transcriptId, @Nullable UUID speakerId, String text,
			String createdBy, Instant createdAt) {

		static QuoteView of(Quote q) {
			return new QuoteView(q.getId(), q.getSessionId(), q.getTranscriptId(), q.getSpeakerId(), q.getText(),
					q.getCreatedBy(), q.getCreatedAt());
		}
	}

	/** Whether a quote goes out with its speaker's name, and why not. */
	public enum Attribution {
		NAMED("Named with the speaker's agreement"),
		REFUSED("The speaker declined to be named: attributed to nobody"),
		NO_AGREEMENT("No agreement to be named: attributed to nobody"),
		UNKNOWN_SPEAKER("Speaker not recorded: attributed to nobody");

		private final String label;

		Attribution(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** A quote as it leaves the study: its speaker's name only when {@link Attribution#NAMED}. */
	public record ExportedQuote(UUID id, String text, @Nullable String speakerName, Attribution attribution,
			String attributionLabel, @Nullable String agreedScope) {
	}

	private final StudyRegistry studies;
	private final SessionDesk sessions;
	private final TranscriptReview transcripts;
	private final ParticipantPanel panel;
	private final QuotePermissions permissions;
	private final Quotes quotes;
	private final AuditTrail audit;
	private final ResearchTime time;

	QuoteDesk(StudyRegistry studies, SessionDesk sessions, TranscriptReview transcripts, ParticipantPanel panel,
			QuotePermissions permissions, Quotes quotes, AuditTrail audit, ResearchTime time) {
		this.studies = studies;
		this.sessions = sessions;
		this.transcripts = transcripts;
		this.panel = panel;
		this.permissions = permissions;
		this.quotes = quotes;
		this.audit = audit;
		this.time = time;
	}

	/**
	 * A researcher of the study records a participant's answer to being quoted; a later answer replaces the earlier
	 * one, given the version read.
	 * @throws InvalidInputException (422) naming the field.
	 * @throws ObjectOptimisticLockingFailureException (409) if the answer changed since {@code version}.
	 */
	public PermissionView decide(UUID studyId, UUID participantId, PermissionDraft draft) {
		StudyView study = studies.checked(studyId, StudyAct.RUN);
		InputCheck input = new InputCheck();
		if (!panel.invitable(studyId).contains(participantId)) {
			input.reject("participantId", "Participant " + participantId + " is not a participant of this study, or "
					+ "has opted out");
		}
		QuotePermission.Decision decision = input.required("decision", draft.decision(), "Decision", raw -> {
			try {
				return QuotePermission.Decision.valueOf(raw.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("Decision must be AGREED or REFUSED");
			}
		});
		LocalDate on = input.required("decidedOn", draft.decidedOn(), "Date of the answer", SessionDesk::date);
		if (on != null && on.isAfter(time.today())) {
			input.reject("decidedOn", "The date of the answer must not be in the future");
		}
		String scope = input.text("scope", draft.scope(), "Scope", 2000);
		if (decision == QuotePermission.Decision.AGREED && scope == null) {
			input.reject("scope", "Say what the expert agreed to: which comments, disseminated to whom");
		}
		input.throwIfInvalid();
		QuotePermission permission = permissions.findByStudyIdAndParticipantId(studyId, participantId).orElse(null);
		boolean fresh = permission == null;
		if (fresh) {
			permission = new QuotePermission(studyId, participantId, study.researchUnit());
		}
		else if (draft.version() == null || permission.getVersion() != draft.version()) {
			throw new ObjectOptimisticLockingFailureException(QuotePermission.class, permission.getId());
		}
		permission.decide(decision, on, scope == null ? "" : scope, Actors.require().username(), time.now());
		permissions.saveAndFlush(permission);
		audit.record(AuditEvent.of(fresh ? AuditAction.CREATE : AuditAction.UPDATE, PERMISSION_TYPE,
				permission.getId(), study.researchUnit()).withFields(List.of("decision", "decidedOn", "scope"))
			.withDetails(decision.name()));
		return PermissionView.of(permission);
	}

	/** The answers of the study's participants. */
	@Transactional(readOnly = true)
	public List<PermissionView> permissions(UUID studyId) {
		studies.checked(studyId, StudyAct.RUN);
		return permissions.findByStudyIdOrderByRecordedAt(studyId).stream().map(PermissionView::of).toList();
	}

	/**
	 * The session's team takes a quote from a verified transcript or notes of it, word for word.
	 * @throws InvalidInputException (422) if it is not in the redacted text or the speaker is not in the session.
	 */
	public QuoteView quote(UUID sessionId, QuoteDraft draft) {
		InputCheck input = new InputCheck();
		UUID transcriptId = input.required("transcriptId", draft.transcriptId(), "Transcript", SessionDesk::uuid);
		UUID speaker = input.optional("speakerId", draft.speakerId(), SessionDesk::uuid);
		String text = input.requiredText("text", draft.text(), "Quote", 2000);
		input.throwIfInvalid();
		TranscriptReview.VerifiedText verified = transcripts.verified(sessionId, transcriptId);
		if (!verified.redactedText().contains(text)) {
			input.reject("text", "A quote is taken word for word from the verified, redacted text");
		}
		if (speaker != null && !sessions.view(sessionId).participants().contains(speaker)) {
			input.reject("speakerId", "Participant " + speaker + " did not take part in this session");
		}
		input.throwIfInvalid();
		Quote quote = quotes.saveAndFlush(new Quote(verified.studyId(), sessionId, transcriptId, speaker, text,
				Actors.require().username(), time.now()));
		audit.record(AuditEvent.of(AuditAction.CREATE, "survey.session_quote", quote.getId(), null)
			.withFields(List.of("text", "speakerId")));
		return QuoteView.of(quote);
	}

	/**
	 * The study's quotes for dissemination: a speaker's name only with their agreement, and while they have not opted
	 * out; every named quote audited as an export of the name, the export itself too.
	 */
	public List<ExportedQuote> export(UUID studyId) {
		StudyView study = studies.checked(studyId, StudyAct.RUN);
		List<Quote> all = quotes.findByStudyIdOrderByCreatedAt(studyId);
		Map<UUID, QuotePermission> answers = permissions.findByStudyIdOrderByRecordedAt(studyId).stream()
			.collect(Collectors.toMap(QuotePermission::getParticipantId, Function.identity()));
		Set<UUID> reachable = Set.copyOf(panel.invitable(studyId));
		Set<UUID> named = all.stream().map(Quote::getSpeakerId).filter(id -> id != null && reachable.contains(id)
				&& answers.containsKey(id) && answers.get(id).agreed()).collect(Collectors.toSet());
		Map<UUID, String> names = named.isEmpty() ? Map.of()
				: panel.names(studyId, study.researchUnit(), named, ATTRIBUTION_PURPOSE);
		List<ExportedQuote> out = new ArrayList<>();
		List<AuditEvent> exported = new ArrayList<>();
		for (Quote quote : all) {
			UUID speaker = quote.getSpeakerId();
			QuotePermission answer = speaker == null ? null : answers.get(speaker);
			Attribution attribution = speaker == null ? Attribution.UNKNOWN_SPEAKER
					: answer == null || !reachable.contains(speaker) ? Attribution.NO_AGREEMENT
					: !answer.agreed() ? Attribution.REFUSED
					: names.containsKey(speaker) ? Attribution.NAMED : Attribution.NO_AGREEMENT;
			String name = attribution == Attribution.NAMED ? names.get(speaker) : null;
			out.add(new ExportedQuote(quote.getId(), quote.getText(), name, attribution, attribution.label(),
					attribution == Attribution.NAMED ? answer.getScope() : null));
			if (name != null) {
				exported.add(AuditEvent.of(AuditAction.EXPORT, "survey.participant", speaker, study.researchUnit())
					.withFields(List.of("name")).withPurpose(ATTRIBUTION_PURPOSE));
			}
		}
		exported.add(AuditEvent.of(AuditAction.EXPORT, "survey.study", studyId, study.researchUnit())
			.withFields(List.of("quotes")).withDetails(out.size() + " quotes, " + names.size() + " speakers named"));
		audit.recordAll(exported);
		return out;
	}
}
