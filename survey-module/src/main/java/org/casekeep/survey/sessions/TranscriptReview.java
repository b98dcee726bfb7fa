package org.casekeep.survey.sessions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.pii.PersonalDataGuard;
import org.casekeep.kernel.pii.ReleasedAs;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.survey.keys.ContactVault;
import org.casekeep.survey.participants.ParticipantPanel;
import org.casekeep.survey.studies.ResearchTime;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transcripts and notes from entry to analysis data (PIA "Focus Groups", 2.5): entered as text by the team, scanned
 * for the names of the session's participants and team and for SPII ({@link TranscriptScan}), each finding redacted or
 * kept with a reason, then verified. Verification is refused while any finding is undecided; it keeps only the
 * redacted text and, in the same transaction, purges every recording of the session with the name and signature of
 * its consents (PIA "Audio and Video Recordings": "recordings are only retained until its contents are transcribed
 * or the accuracy of an interviewer's or facilitator's notes are confirmed"). Every read of the text is audited.
 */
@Service
@Transactional
public class TranscriptReview {

	static final String PURPOSE = "redaction review";

	/** A transcript or notes as entered. */
	public record TranscriptDraft(@Nullable String kind, @Nullable String text) {
	}

	/** A changed text, against the version read. */
	public record TextRevision(@Nullable String text, @Nullable Long version) {
	}

	/** A decision on one finding, against the version read. */
	public record FindingDecision(@Nullable String resolution, @Nullable String reason, @Nullable Long version) {
	}

	/** One finding: where it is and what was decided; the found text is the text's, shown with it. */
	public record FindingView(int index, String kind, String label, int start, int end, @Nullable String resolution,
			@Nullable String reason, @Nullable String resolvedBy) {
	}

	/**
	 * A transcript as the team sees it: the text as entered while in review (released through the kernel's guard,
	 * which audits the read), only the redacted text once verified.
	 */
	@ReleasedAs(Transcript.RECORD_TYPE)
	public record TranscriptView(UUID id, UUID sessionId, String kind, String kindLabel, String status,
			@Nullable String text, @Nullable String redactedText, List<FindingView> findings, int unresolved,
			String enteredBy, Instant enteredAt, @Nullable String verifiedBy, @Nullable Instant verifiedAt,
			List<UUID> recordingsPurged, long version, Set<String> maskedFields) {
	}

	/** A verified transcript's analysis data, for quotes. */
	public record VerifiedText(UUID transcriptId, UUID sessionId, UUID studyId, String redactedText) {
	}

	private final SessionAccess access;
	private final SessionDesk sessions;
	private final Transcripts transcripts;
	private final RecordingVault recordings;
	private final ParticipantPanel panel;
	private final ContactVault vault;
	private final PersonalDataGuard guard;
	private final AuditTrail audit;
	private final ResearchTime time;

	TranscriptReview(SessionAccess access, SessionDesk sessions, Transcripts transcripts, RecordingVault recordings,
			ParticipantPanel panel, ContactVault vault, PersonalDataGuard guard, AuditTrail audit, ResearchTime time) {
		this.access = access;
		this.sessions = sessions;
		this.transcripts = transcripts;
		this.recordings = recordings;
		this.panel = panel;
		this.vault = vault;
		this.guard = guard;
		this.audit = audit;
		this.time = time;
	}

	/** The team enters a transcript or notes; it is scanned at once. */
	public TranscriptView enter(UUID sessionId, TranscriptDraft draft) {
		ResearchSession session = access.require(sessionId, Operation.UPDATE);
		InputCheck input = new InputCheck();
		Transcript.Kind kind = input.required("kind", draft.kind(), "Kind", raw -> {
			try {
				return Transcript.Kind.valueOf(raw.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("Kind must be TRANSCRIPT or NOTES");
			}
		});
		String text = input.requiredText("text", draft.text(), "Text", 500_000);
		input.throwIfInvalid();
		Transcript transcript = new Transcript(session, kind, Actors.require().username(), time.now());
		transcript.revise(vault.forStudy(session.getStudyId()), text, scan(session, text));
		transcripts.saveAndFlush(transcript);
		audit.record(AuditEvent.of(AuditAction.CREATE, Transcript.RECORD_TYPE, transcript.getId(),
				session.getResearchUnit()).withFields(List.of("text")));
		return release(session, transcript, List.of());
	}

	/** The session's transcripts and notes, each with its text released to the team (audited). */
	public List<TranscriptView> list(UUID sessionId) {
		ResearchSession session = access.require(sessionId, Operation.READ);
		return transcripts.findBySessionIdOrderByEnteredAt(sessionId).stream()
			.map(t -> release(session, t, List.of())).toList();
	}

	/** One transcript, its text released to the team (audited). */
	public TranscriptView view(UUID sessionId, UUID transcriptId) {
		ResearchSession session = access.require(sessionId, Operation.READ);
		return release(session, find(session, transcriptId), List.of());
	}

	/** The team corrects the text; it is scanned again and every finding must be decided again. */
	public TranscriptView revise(UUID sessionId, UUID transcriptId, TextRevision revision) {
		ResearchSession session = access.require(sessionId, Operation.UPDATE);
		Transcript transcript = find(session, transcriptId);
		requireVersion(transcript, revision.version());
		InputCheck input = new InputCheck();
		String text = input.requiredText("text", revision.text(), "Text", 500_000);
		input.throwIfInvalid();
		transcript.revise(vault.forStudy(session.getStudyId()), text, scan(session, text));
		return saved(session, transcript, List.of("text", "findings"), "text revised", List.of());
	}

	/** The team redacts a finding, or keeps it with a reason. */
	public TranscriptView decide(UUID sessionId, UUID transcriptId, int index, FindingDecision decision) {
		ResearchSession session = access.require(sessionId, Operation.UPDATE);
		Transcript transcript = find(session, transcriptId);
		requireVersion(transcript, decision.version());
		org.casekeep.kernel.spii.ReviewedFinding.Resolution resolution = null;
		if (decision.resolution() != null) {
			try {
				resolution = org.casekeep.kernel.spii.ReviewedFinding.Resolution.valueOf(decision.resolution().strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw org.casekeep.kernel.validation.InvalidInputException.of("resolution",
						"Resolution must be REDACTED or KEPT");
			}
		}
		transcript.resolve(index, resolution, decision.reason(), Actors.require().username());
		return saved(session, transcript, List.of("findings"), "finding " + index + " " + resolution, List.of());
	}

	/**
	 * The team verifies the redacted text: it becomes analysis data, and the session's recordings and the name and
	 * signature of its consents are destroyed in this transaction.
	 * @throws org.casekeep.kernel.validation.InvalidInputException (422) naming each finding still undecided.
	 */
	public TranscriptView verify(UUID sessionId, UUID transcriptId, @Nullable Long version) {
		ResearchSession session = access.require(sessionId, Operation.UPDATE);
		Transcript transcript = find(session, transcriptId);
		requireVersion(transcript, version);
		String plain = transcript.plain(vault.existing(session.getStudyId()));
		transcript.verify(plain, Actors.require().username(), time.now());
		List<UUID> purged = recordings.purgeSession(session,
				transcript.getKind().label().toLowerCase(Locale.ROOT) + " verified");
		return saved(session, transcript, List.of("status", "text", "redactedText"),
				"verified; recordings purged: " + purged.size(), purged);
	}

	/**
	 * A verified transcript or notes of the session, for quoting.
	 * @throws RecordNotFoundException (404) for anyone but the team.
	 * @throws WorkflowConflictException (409) while it is not verified: only redacted text is analysis data.
	 */
	@Transactional(readOnly = true)
	public VerifiedText verified(UUID sessionId, UUID transcriptId) {
		ResearchSession session = access.require(sessionId, Operation.READ);
		Transcript transcript = find(session, transcriptId);
		if (transcript.getStatus() != Transcript.Status.VERIFIED || transcript.getRedactedText() == null) {
			throw new WorkflowConflictException("Only a verified transcript or notes are analysis data: verify it "
					+ "first.");
		}
		return new VerifiedText(transcript.getId(), sessionId, session.getStudyId(), transcript.getRedactedText());
	}

	private List<org.casekeep.kernel.spii.ReviewedFinding> scan(ResearchSession session, String text) {
		List<String> participants = new ArrayList<>(panel.names(session.getStudyId(), session.getResearchUnit(),
				session.getParticipants(), PURPOSE).values());
		return TranscriptScan.scan(text, participants, sessions.teamNames(session));
	}

	private TranscriptView saved(ResearchSession session, Transcript transcript, List<String> fields, String details,
			List<UUID> purged) {
		transcripts.saveAndFlush(transcript);
		audit.record(AuditEvent.of(AuditAction.UPDATE, Transcript.RECORD_TYPE, transcript.getId(),
				session.getResearchUnit()).withFields(fields).withDetails(details));
		return release(session, transcript, purged);
	}

	private TranscriptView release(ResearchSession session, Transcript t, List<UUID> purged) {
		String text = t.getStatus() == Transcript.Status.IN_REVIEW ? t.plain(vault.existing(session.getStudyId()))
				: null;
		List<org.casekeep.kernel.spii.ReviewedFinding> all = t.getFindings();
		List<FindingView> findings = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			org.casekeep.kernel.spii.ReviewedFinding f = all.get(i);
			findings.add(new FindingView(i, f.kind(), f.label(), f.start(), f.end(),
					f.resolution() == null ? null : f.resolution().name(), f.reason(), f.resolvedBy()));
		}
		TranscriptView view = new TranscriptView(t.getId(), t.getSessionId(), t.getKind().name(),
				t.getKind().label(), t.getStatus().name(), text, t.getRedactedText(), findings, t.unresolved().size(),
				t.getEnteredBy(), t.getEnteredAt(), t.getVerifiedBy(), t.getVerifiedAt(), purged, t.getVersion(),
				Set.of());
		return guard.release(view, session.factsOf(Transcript.RECORD_TYPE, t.getId()), PURPOSE);
	}

	private Transcript find(ResearchSession session, UUID transcriptId) {
		return transcripts.findById(transcriptId).filter(t -> t.getSessionId().equals(session.getId()))
			.orElseThrow(() -> new RecordNotFoundException(Transcript.RECORD_TYPE, transcriptId));
	}

	private static void requireVersion(Transcript transcript, @Nullable Long version) {
		if (version == null) {
			throw org.casekeep.kernel.validation.InvalidInputException.of("version",
					"Give the version you read, so a change made meanwhile is not overwritten");
		}
		if (transcript.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Transcript.class, transcript.getId());
		}
	}
}
