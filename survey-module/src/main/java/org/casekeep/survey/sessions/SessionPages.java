package org.casekeep.survey.sessions;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.casekeep.kernel.files.UploadRefusedException;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.kernel.web.PageForms;
import org.casekeep.survey.participants.ParticipantPanel;
import org.casekeep.survey.studies.StudyAct;
import org.casekeep.survey.studies.StudyRegistry;
import org.casekeep.survey.studies.StudyView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sessions pages: a study's sessions with forms to schedule one and to word a new version of the consent text
 * ({@code /research/studies/{id}/sessions}); and a session's page ({@code /research/sessions/{id}}) with its
 * participants' consent, its recordings (played back to the team, audited) and the review of its transcripts and
 * notes, finding by finding, up to verification (PIA "Audio and Video Recordings", "Focus Groups", 4.3). The services
 * decide who may do what; anyone but the team is told the session does not exist.
 */
@Controller
class SessionPages {

	/** Why participants' names are opened for these pages. */
	static final String PURPOSE = "running a session";

	private final SessionDesk sessions;
	private final ConsentDesk consents;
	private final RecordingDesk recordings;
	private final TranscriptReview transcripts;
	private final StudyRegistry studies;
	private final ParticipantPanel panel;

	SessionPages(SessionDesk sessions, ConsentDesk consents, RecordingDesk recordings, TranscriptReview transcripts,
			StudyRegistry studies, ParticipantPanel panel) {
		this.sessions = sessions;
		this.consents = consents;
		this.recordings = recordings;
		this.transcripts = transcripts;
		this.studies = studies;
		this.panel = panel;
	}

	@GetMapping("/research/studies/{id}/sessions")
	String list(@PathVariable UUID id, Model model) {
		StudyView study = studies.checked(id, StudyAct.READ);
		model.addAttribute("study", study);
		model.addAttribute("sessions", sessions.list(id));
		model.addAttribute("consentTexts", consents.texts(id));
		boolean runs = studies.allowed(study).contains(StudyAct.RUN);
		model.addAttribute("run", runs);
		model.addAttribute("candidates", runs ? panel.names(id, study.researchUnit(), panel.invitable(id), PURPOSE)
				: Map.of());
		return "research/sessions";
	}

	@PostMapping("/research/studies/{id}/sessions")
	ModelAndView schedule(@PathVariable UUID id, @RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String scheduledOn,
			@RequestParam(required = false) @Nullable List<String> participantIds,
			@RequestParam(required = false) @Nullable String team, RedirectAttributes redirect) {
		List<String> members = team == null ? List.of()
				: java.util.Arrays.stream(team.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
		try {
			SessionDesk.SessionView session = sessions.schedule(id,
					new SessionDesk.SessionDraft(title, scheduledOn, participantIds, members));
			redirect.addFlashAttribute("notice", "Session scheduled.");
			return PageForms.seeOther("/research/sessions/" + session.id());
		}
		catch (RuntimeException ex) {
			refuse(ex, redirect);
			return PageForms.seeOther("/research/studies/" + id + "/sessions");
		}
	}

	@PostMapping("/research/studies/{id}/consent-texts")
	ModelAndView consentText(@PathVariable UUID id, @RequestParam(required = false) @Nullable String text,
			RedirectAttributes redirect) {
		try {
			consents.addText(id, new ConsentDesk.TextDraft(text));
			redirect.addFlashAttribute("notice", "New version of the consent text saved. Participants must consent "
					+ "to it before the next recording.");
		}
		catch (RuntimeException ex) {
			refuse(ex, redirect);
		}
		return PageForms.seeOther("/research/studies/" + id + "/sessions");
	}

	@GetMapping("/research/sessions/{id}")
	String session(@PathVariable UUID id, Model model) {
		SessionDesk.SessionView session = sessions.view(id);
		StudyView study = studies.checked(session.studyId(), StudyAct.READ);
		List<ConsentDesk.ConsentView> given = consents.consents(id);
		List<ConsentDesk.ConsentTextView> texts = consents.texts(session.studyId());
		Set<UUID> consented = given.stream().filter(ConsentDesk.ConsentView::currentText)
			.map(ConsentDesk.ConsentView::participantId).collect(Collectors.toSet());
		model.addAttribute("researchSession", session);
		model.addAttribute("study", study);
		model.addAttribute("names", panel.names(study.id(), study.researchUnit(), session.participants(), PURPOSE));
		model.addAttribute("consents", given);
		model.addAttribute("currentText", texts.isEmpty() ? null : texts.getFirst());
		model.addAttribute("consented", consented);
		model.addAttribute("recordings", recordings.list(id));
		model.addAttribute("transcripts", transcripts.list(id));
		return "research/session";
	}

	@PostMapping("/research/sessions/{id}/held")
	ModelAndView hold(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		return act(id, redirect, () -> sessions.hold(id, version), "Session marked held.");
	}

	@PostMapping("/research/sessions/{id}/consents")
	ModelAndView consent(@PathVariable UUID id, @RequestParam(required = false) @Nullable String participantId,
			@RequestParam(required = false) @Nullable String consentTextSha256,
			@RequestParam(defaultValue = "false") boolean affirmative,
			@RequestParam(required = false) @Nullable String signedName,
			@RequestParam(required = false) @Nullable String signature, RedirectAttributes redirect) {
		return act(id, redirect, () -> consents.record(id, new ConsentDesk.ConsentDraft(participantId,
				consentTextSha256, affirmative, signedName, signature)), "Consent recorded.");
	}

	@PostMapping("/research/sessions/{id}/recordings")
	ModelAndView upload(@PathVariable UUID id, @RequestParam(required = false) @Nullable MultipartFile file,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			if (file == null || file.isEmpty()) {
				throw InvalidInputException.of("file", "Choose the recording to upload");
			}
			try {
				recordings.upload(id, SessionsApi.name(file), file.getBytes());
			}
			catch (IOException ex) {
				throw InvalidInputException.of("file", "The recording could not be read; upload it again");
			}
		}, "Recording uploaded and sealed. It is purged as soon as a transcript or the notes are verified.");
	}

	/** Plays a recording back to the team, audited; never cached. */
	@GetMapping("/research/sessions/{id}/recordings/{recording}")
	ResponseEntity<byte[]> play(@PathVariable UUID id, @PathVariable UUID recording) {
		RecordingDesk.Playback playback = recordings.play(id, recording);
		return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, playback.mediaType())
			.header(HttpHeaders.CACHE_CONTROL, "no-store").body(playback.content());
	}

	@PostMapping("/research/sessions/{id}/transcripts")
	ModelAndView enter(@PathVariable UUID id, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String text, RedirectAttributes redirect) {
		return act(id, redirect, () -> transcripts.enter(id, new TranscriptReview.TranscriptDraft(kind, text)),
				"Saved. Decide on every finding below, then verify.");
	}

	@PostMapping("/research/sessions/{id}/transcripts/{transcript}/findings/{index}")
	ModelAndView decide(@PathVariable UUID id, @PathVariable UUID transcript, @PathVariable int index,
			@RequestParam(required = false) @Nullable String resolution,
			@RequestParam(required = false) @Nullable String reason, @RequestParam long version,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> transcripts.decide(id, transcript, index,
				new TranscriptReview.FindingDecision(resolution, reason, version)), "Decision saved.");
	}

	@PostMapping("/research/sessions/{id}/transcripts/{transcript}/verification")
	ModelAndView verify(@PathVariable UUID id, @PathVariable UUID transcript, @RequestParam long version,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> transcripts.verify(id, transcript, version), "Verified. Only the redacted "
				+ "text is kept; the session's recordings and the names and signatures on its consents were destroyed.");
	}

	private static ModelAndView act(UUID id, RedirectAttributes redirect, Runnable step, String done) {
		try {
			step.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (RuntimeException ex) {
			refuse(ex, redirect);
		}
		return PageForms.seeOther("/research/sessions/" + id);
	}

	/** A refusal the person can act on; anything else (not found, denied) goes to the error pages. */
	private static void refuse(RuntimeException ex, RedirectAttributes redirect) {
		String message = switch (ex) {
			case InvalidInputException invalid -> invalid.problems().stream().map(p -> p.message())
				.collect(Collectors.joining(" "));
			case WorkflowConflictException conflict -> conflict.getMessage();
			case UploadRefusedException refused -> refused.getMessage();
			case ObjectOptimisticLockingFailureException stale -> "Somebody else changed this meanwhile: read it "
					+ "again and decide on the current version.";
			default -> throw ex;
		};
		redirect.addFlashAttribute("refusal", message);
	}
}
