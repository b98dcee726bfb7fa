package org.casekeep.survey.recruiting;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.casekeep.survey.participants.ParticipantView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/research/studies/{id}/participants}: the study's participants (contact details for its recruiters
 * only), adding one, importing an export ({@code .../imports}) and asking the CRM ({@code .../recruitment-requests},
 * 409 while a gate is open). An opted-out person is refused with 409 saying only that.
 */
@RestController
@RequestMapping("/api/research/studies/{id}")
class ParticipantsApi {

	/** What the CRM is asked for: the filters of {@code RecruitmentListRequested}. */
	record CrmFilters(@Nullable String issue, @Nullable String state, @Nullable String component) {
	}

	private final ParticipantRecruitment recruitment;

	ParticipantsApi(ParticipantRecruitment recruitment) {
		this.recruitment = recruitment;
	}

	@GetMapping("/participants")
	List<ParticipantView> list(@PathVariable UUID id) {
		return recruitment.list(id);
	}

	@PostMapping("/participants")
	ResponseEntity<ParticipantView> add(@PathVariable UUID id,
			@RequestBody ParticipantRecruitment.ContactDraft draft) {
		ParticipantView added = recruitment.add(id, draft);
		return ResponseEntity.created(URI.create("/api/research/studies/" + id + "/participants")).body(added);
	}

	@PostMapping("/imports")
	ResponseEntity<ParticipantRecruitment.ImportView> importExport(@PathVariable UUID id,
			@RequestBody ParticipantRecruitment.ImportDraft draft) {
		return ResponseEntity.created(URI.create("/api/research/studies/" + id + "/participants"))
			.body(recruitment.importExport(id, draft));
	}

	@GetMapping("/recruitment-requests")
	List<ParticipantRecruitment.RequestView> requests(@PathVariable UUID id) {
		return recruitment.requests(id);
	}

	@PostMapping("/recruitment-requests")
	ResponseEntity<ParticipantRecruitment.RequestView> request(@PathVariable UUID id,
			@RequestBody(required = false) @Nullable CrmFilters filters) {
		CrmFilters asked = filters == null ? new CrmFilters(null, null, null) : filters;
		return ResponseEntity.accepted().body(recruitment.requestFromCrm(id, asked.issue(), asked.state(),
				asked.component()));
	}
}
