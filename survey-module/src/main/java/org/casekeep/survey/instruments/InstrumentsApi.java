package org.casekeep.survey.instruments;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.casekeep.survey.instruments.InstrumentDrafts.InstrumentDraft;
import org.casekeep.survey.instruments.InstrumentDrafts.NoticeDraft;
import org.casekeep.survey.instruments.InstrumentDrafts.OverCollectionDraft;
import org.casekeep.survey.instruments.InstrumentDrafts.QuestionDraft;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/research/studies/{studyId}/instruments}: instruments, their questions and privacy notice, the review for
 * over-collection (PIA 2.5) and the approval of one exact version, with the versions as approved.
 */
@RestController
@RequestMapping("/api/research/studies/{studyId}/instruments")
class InstrumentsApi {

	private final InstrumentDesk desk;

	InstrumentsApi(InstrumentDesk desk) {
		this.desk = desk;
	}

	@GetMapping
	List<InstrumentView> list(@PathVariable UUID studyId) {
		return desk.list(studyId);
	}

	@PostMapping
	ResponseEntity<InstrumentView> create(@PathVariable UUID studyId, @RequestBody InstrumentDraft draft) {
		InstrumentView created = desk.create(studyId, draft);
		return ResponseEntity.created(URI.create("/api/research/studies/" + studyId + "/instruments/" + created.id()))
			.body(created);
	}

	@GetMapping("/{id}")
	InstrumentView instrument(@PathVariable UUID studyId, @PathVariable UUID id) {
		return desk.view(studyId, id);
	}

	@PostMapping("/{id}/questions")
	ResponseEntity<InstrumentView> addQuestion(@PathVariable UUID studyId, @PathVariable UUID id,
			@RequestBody QuestionDraft draft) {
		return ResponseEntity.status(201).body(desk.addQuestion(studyId, id, draft));
	}

	@DeleteMapping("/{id}/questions/{questionId}")
	InstrumentView removeQuestion(@PathVariable UUID studyId, @PathVariable UUID id, @PathVariable UUID questionId) {
		return desk.removeQuestion(studyId, id, questionId);
	}

	@PutMapping("/{id}/notice")
	InstrumentView notice(@PathVariable UUID studyId, @PathVariable UUID id, @RequestBody NoticeDraft draft) {
		return desk.changeNotice(studyId, id, draft);
	}

	@PostMapping("/{id}/questions/{questionId}/over-collection")
	InstrumentView overCollection(@PathVariable UUID studyId, @PathVariable UUID id, @PathVariable UUID questionId,
			@RequestBody OverCollectionDraft draft) {
		return desk.markOverCollection(studyId, id, questionId, draft);
	}

	@PostMapping("/{id}/approval")
	InstrumentView approve(@PathVariable UUID studyId, @PathVariable UUID id) {
		return desk.approve(studyId, id);
	}

	@GetMapping("/{id}/versions")
	List<InstrumentDesk.ApprovedVersion> versions(@PathVariable UUID studyId, @PathVariable UUID id) {
		return desk.approvedVersions(studyId, id);
	}
}
