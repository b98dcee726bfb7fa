package org.casekeep.detention.casework;

import java.util.UUID;

import org.casekeep.detention.complaint.ComplaintCase.ComplaintId;
import org.casekeep.detention.complaint.ComplaintView;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Case work over HTTP; each step names the version it was taken on and answers the complaint as it is now. */
@RestController
@RequestMapping("/api/detention/complaints/{id}")
class CaseWorkApi {

	record CorrectionStep(@Nullable Long version, @Nullable String field, @Nullable String correctedValue,
			@Nullable String reason) {
	}

	record NoteStep(@Nullable Long version, @Nullable String text) {
	}

	record Closure(@Nullable Long version, @Nullable String resolution) {
	}

	record Reopening(@Nullable Long version, @Nullable String reason) {
	}

	private final CaseWork work;

	CaseWorkApi(CaseWork work) {
		this.work = work;
	}

	@PostMapping("/corrections")
	ComplaintView correct(@PathVariable UUID id, @RequestBody CorrectionStep step) {
		return work.correct(new ComplaintId(id), step.version(), step.field(), step.correctedValue(), step.reason());
	}

	@PostMapping("/notes")
	ComplaintView note(@PathVariable UUID id, @RequestBody NoteStep step) {
		return work.addResearchNote(new ComplaintId(id), step.version(), step.text());
	}

	@PostMapping("/close")
	ComplaintView close(@PathVariable UUID id, @RequestBody Closure step) {
		return work.close(new ComplaintId(id), step.version(), step.resolution());
	}

	@PostMapping("/reopen")
	ComplaintView reopen(@PathVariable UUID id, @RequestBody Reopening step) {
		return work.reopen(new ComplaintId(id), step.version(), step.reason());
	}
}
