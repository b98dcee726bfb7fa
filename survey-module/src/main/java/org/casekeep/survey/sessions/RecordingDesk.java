package org.casekeep.survey.sessions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.files.UploadCheck;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.survey.gates.StudyGates;
import org.casekeep.survey.studies.StudyRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recordings of a session (PIA "Audio and Video Recordings"): uploaded by its team through the kernel's check of
 * recordings, only while no gate of the study is open and only once every participant consented to the current
 * consent text; sealed ({@link RecordingVault}); played back to the team alone, every playback audited with its only
 * purpose ("no recording is used for any purpose other than ensuring the accuracy of customer research responses").
 */
@Service
@Transactional
public class RecordingDesk {

	/** The one purpose a recording may be used for (PIA "Audio and Video Recordings"). */
	static final String PURPOSE = "accuracy of the responses";

	/** A recording as the team sees it: never its bytes. */
	public record RecordingView(UUID id, UUID sessionId, String mediaType, String typeName, long sizeBytes,
			String uploadedBy, Instant uploadedAt, @Nullable Instant purgedAt, @Nullable String purgeReason) {

		static RecordingView of(Recording r) {
			return new RecordingView(r.getId(), r.getSessionId(), r.getMediaType(),
					UploadCheck.RECORDINGS.types().getOrDefault(r.getMediaType(), r.getMediaType()), r.getSizeBytes(),
					r.getUploadedBy(), r.getUploadedAt(), r.getPurgedAt(), r.getPurgeReason());
		}
	}

	/** A recording's bytes and type, for playback. */
	public record Playback(String mediaType, byte[] content) {
	}

	private final SessionAccess access;
	private final StudyRegistry studies;
	private final StudyGates gates;
	private final ConsentDesk consents;
	private final Recordings recordings;
	private final RecordingVault vault;
	private final Transcripts transcripts;
	private final UploadCheck uploads;
	private final AuditTrail audit;

	RecordingDesk(SessionAccess access, StudyRegistry studies, StudyGates gates, ConsentDesk consents,
			Recordings recordings, RecordingVault vault, Transcripts transcripts, UploadCheck uploads,
			AuditTrail audit) {
		this.access = access;
		this.studies = studies;
		this.gates = gates;
		this.consents = consents;
		this.recordings = recordings;
		this.vault = vault;
		this.transcripts = transcripts;
		this.uploads = uploads;
		this.audit = audit;
	}

	/**
	 * The team uploads a recording of the session.
	 * @throws org.casekeep.kernel.files.UploadRefusedException (413, 415) for a file too large or no recording.
	 * @throws StudyGates.GatesOpenException (409) while a gate of the study is open.
	 * @throws org.casekeep.kernel.validation.InvalidInputException (422) naming each participant without consent to
	 * the current consent text.
	 * @throws WorkflowConflictException (409) once a transcript or the notes are verified: recording is over.
	 */
	public RecordingView upload(UUID sessionId, String fileName, byte[] content) {
		ResearchSession session = access.require(sessionId, Operation.UPDATE);
		UploadCheck.Checked checked = uploads.checkRecording(fileName, content);
		gates.requireNoneOpen(studies.collecting(session.getStudyId()));
		if (transcripts.existsBySessionIdAndStatus(sessionId, Transcript.Status.VERIFIED)) {
			throw new WorkflowConflictException("A transcript or the notes of this session are verified: its "
					+ "recordings were purged and no new one is taken.");
		}
		consents.requireEveryoneConsented(session);
		Recording recording = vault.store(session, checked.mediaType(), checked.content(), Actors.require().username());
		audit.record(AuditEvent.of(AuditAction.CREATE, Recording.RECORD_TYPE, recording.getId(),
				session.getResearchUnit()).withFields(List.of("content")).withDetails(checked.typeName(UploadCheck.RECORDINGS)));
		return RecordingView.of(recording);
	}

	/** The session's recordings, kept and purged. */
	@Transactional(readOnly = true)
	public List<RecordingView> list(UUID sessionId) {
		access.require(sessionId, Operation.READ);
		return recordings.findBySessionIdOrderByUploadedAt(sessionId).stream().map(RecordingView::of).toList();
	}

	/**
	 * A recording played back to the team, audited as a read of its content for its one purpose.
	 * @throws RecordNotFoundException (404) for anyone else, or a recording of another session.
	 * @throws WorkflowConflictException (409) once it was purged.
	 */
	public Playback play(UUID sessionId, UUID recordingId) {
		ResearchSession session = access.require(sessionId, Operation.READ);
		Recording recording = recordings.findById(recordingId).filter(r -> r.getSessionId().equals(sessionId))
			.orElseThrow(() -> new RecordNotFoundException(Recording.RECORD_TYPE, recordingId));
		byte[] bytes = vault.open(recording);
		audit.record(AuditEvent.of(AuditAction.READ, Recording.RECORD_TYPE, recording.getId(),
				session.getResearchUnit()).withFields(List.of("content")).withPurpose(PURPOSE));
		return new Playback(recording.getMediaType(), bytes);
	}
}
