package org.casekeep.survey.sessions;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.files.UploadCheck;
import org.casekeep.kernel.validation.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The sessions API, answered with problem documents naming the field: {@code /api/research/studies/{id}/sessions}
 * and {@code .../consent-texts} on a study; {@code /api/research/sessions/{id}} with {@code /held},
 * {@code /consents}, {@code /recordings} (multipart {@code file}; {@code /recordings/{r}/content} plays one back),
 * {@code /transcripts} (typed as JSON, or a PDF or Word {@code file}) and, on one, {@code PUT} (revise), {@code /findings/{n}} (decide) and {@code /verification}.
 * Edits carry the {@code version} read (409 if it changed).
 */
@RestController
class SessionsApi {

	/** A step that names the version it was taken on. */
	record Versioned(@Nullable Long version) {
	}

	private final SessionDesk sessions;
	private final ConsentDesk consents;
	private final RecordingDesk recordings;
	private final TranscriptReview transcripts;
	private final UploadCheck uploads;

	SessionsApi(SessionDesk sessions, ConsentDesk consents, RecordingDesk recordings, TranscriptReview transcripts,
			UploadCheck uploads) {
		this.uploads = uploads;
		this.sessions = sessions;
		this.consents = consents;
		this.recordings = recordings;
		this.transcripts = transcripts;
	}

	@GetMapping("/api/research/studies/{id}/sessions")
	List<SessionDesk.SessionView> list(@PathVariable UUID id) {
		return sessions.list(id);
	}

	@PostMapping("/api/research/studies/{id}/sessions")
	ResponseEntity<SessionDesk.SessionView> schedule(@PathVariable UUID id, @RequestBody SessionDesk.SessionDraft draft) {
		SessionDesk.SessionView session = sessions.schedule(id, draft);
		return ResponseEntity.created(URI.create("/api/research/sessions/" + session.id())).body(session);
	}

	@GetMapping("/api/research/studies/{id}/consent-texts")
	List<ConsentDesk.ConsentTextView> consentTexts(@PathVariable UUID id) {
		return consents.texts(id);
	}

	@PostMapping("/api/research/studies/{id}/consent-texts")
	ResponseEntity<ConsentDesk.ConsentTextView> addConsentText(@PathVariable UUID id,
			@RequestBody ConsentDesk.TextDraft draft) {
		return ResponseEntity.status(201).body(consents.addText(id, draft));
	}

	@GetMapping("/api/research/sessions/{id}")
	SessionDesk.SessionView session(@PathVariable UUID id) {
		return sessions.view(id);
	}

	@PostMapping("/api/research/sessions/{id}/held")
	SessionDesk.SessionView hold(@PathVariable UUID id, @RequestBody Versioned body) {
		return sessions.hold(id, required(body.version()));
	}

	@GetMapping("/api/research/sessions/{id}/consents")
	List<ConsentDesk.ConsentView> consents(@PathVariable UUID id) {
		return consents.consents(id);
	}

	@PostMapping("/api/research/sessions/{id}/consents")
	ResponseEntity<ConsentDesk.ConsentView> consent(@PathVariable UUID id, @RequestBody ConsentDesk.ConsentDraft draft) {
		return ResponseEntity.status(201).body(consents.record(id, draft));
	}

	@GetMapping("/api/research/sessions/{id}/recordings")
	List<RecordingDesk.RecordingView> recordings(@PathVariable UUID id) {
		return recordings.list(id);
	}

	@PostMapping(path = "/api/research/sessions/{id}/recordings", consumes = "multipart/form-data")
	ResponseEntity<RecordingDesk.RecordingView> upload(@PathVariable UUID id,
			@RequestParam(required = false) @Nullable MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw InvalidInputException.of("file", "Choose the recording to upload");
		}
		return ResponseEntity.status(201).body(recordings.upload(id, name(file), file.getBytes()));
	}

	/** Plays a recording back, for the team only, audited; never cached. */
	@GetMapping("/api/research/sessions/{id}/recordings/{recording}/content")
	ResponseEntity<byte[]> play(@PathVariable UUID id, @PathVariable UUID recording) {
		RecordingDesk.Playback playback = recordings.play(id, recording);
		return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, playback.mediaType())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"recording-" + recording + "\"")
			.body(playback.content());
	}

	@GetMapping("/api/research/sessions/{id}/transcripts")
	List<TranscriptReview.TranscriptView> transcripts(@PathVariable UUID id) {
		return transcripts.list(id);
	}

	@PostMapping(path = "/api/research/sessions/{id}/transcripts", consumes = "application/json")
	ResponseEntity<TranscriptReview.TranscriptView> enter(@PathVariable UUID id,
			@RequestBody TranscriptReview.TranscriptDraft draft) {
		TranscriptReview.TranscriptView view = transcripts.enter(id, draft);
		return ResponseEntity.created(URI.create("/api/research/sessions/" + id + "/transcripts/" + view.id()))
			.body(view);
	}

	/**
	 * A transcript or notes uploaded as a PDF or Word document: its text is extracted by the kernel's upload check,
	 * outside any transaction, and then entered like a typed one; a scan whose text cannot be read is refused (422),
	 * since it could not be checked for names and SPII. The file itself is not kept.
	 */
	@PostMapping(path = "/api/research/sessions/{id}/transcripts", consumes = "multipart/form-data")
	ResponseEntity<TranscriptReview.TranscriptView> upload(@PathVariable UUID id,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw InvalidInputException.of("file", "Choose the transcript or notes to upload");
		}
		UploadCheck.Checked checked = uploads.check(name(file), file.getBytes(), UploadCheck.DOCUMENTS);
		if (!checked.readable() || checked.text().isBlank()) {
			throw InvalidInputException.of("file", "The text of '" + checked.fileName() + "' cannot be read, so it "
					+ "cannot be checked for names and SPII: upload it as text or as a Word document");
		}
		return enter(id, new TranscriptReview.TranscriptDraft(kind, checked.text().strip()));
	}

	@GetMapping("/api/research/sessions/{id}/transcripts/{transcript}")
	TranscriptReview.TranscriptView transcript(@PathVariable UUID id, @PathVariable UUID transcript) {
		return transcripts.view(id, transcript);
	}

	@PutMapping("/api/research/sessions/{id}/transcripts/{transcript}")
	TranscriptReview.TranscriptView revise(@PathVariable UUID id, @PathVariable UUID transcript,
			@RequestBody TranscriptReview.TextRevision revision) {
		return transcripts.revise(id, transcript, revision);
	}

	@PostMapping("/api/research/sessions/{id}/transcripts/{transcript}/findings/{index}")
	TranscriptReview.TranscriptView decide(@PathVariable UUID id, @PathVariable UUID transcript,
			@PathVariable int index, @RequestBody TranscriptReview.FindingDecision decision) {
		return transcripts.decide(id, transcript, index, decision);
	}

	@PostMapping("/api/research/sessions/{id}/transcripts/{transcript}/verification")
	TranscriptReview.TranscriptView verify(@PathVariable UUID id, @PathVariable UUID transcript,
			@RequestBody Versioned body) {
		return transcripts.verify(id, transcript, body.version());
	}

	/** A file's name for messages only: never stored (it may name the participant). */
	static String name(MultipartFile file) {
		String original = file.getOriginalFilename();
		return original == null || original.isBlank() ? "recording" : original.strip();
	}

	private static long required(@Nullable Long version) {
		if (version == null) {
			throw InvalidInputException.of("version", "Give the version you read, so a change made meanwhile is not "
					+ "overwritten");
		}
		return version;
	}
}
