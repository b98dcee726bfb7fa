package org.casekeep.survey.studies;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/research/studies}: studies and the steps of their own gates — the PTA's submission, review and
 * approval (PIA overview, 2.5), the PRA clearance (1.5, 4.1) and the vendor tool's settings and approvals (overview).
 * The full checklist and opening collection are under {@code /gates} and {@code /waves}.
 */
@RestController
@RequestMapping("/api/research/studies")
class StudiesApi {

	/** The vendor tool's recorded settings (PIA overview: IP and e-mail collection disabled). */
	record VendorSettings(boolean ipCollectionDisabled, boolean emailCollectionDisabled) {
	}

	/** Which office's approval of the vendor tool: {@code PRIVACY_OFFICE} or {@code PUBLIC_AFFAIRS}. */
	record VendorApproval(@Nullable String office) {
	}

	private final StudyRegistry studies;

	StudiesApi(StudyRegistry studies) {
		this.studies = studies;
	}

	@GetMapping
	List<StudyView> list() {
		return studies.list();
	}

	@PostMapping
	ResponseEntity<StudyView> create(@RequestBody StudyDraft draft) {
		StudyView created = studies.create(draft);
		return ResponseEntity.created(URI.create("/api/research/studies/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	StudyView study(@PathVariable UUID id) {
		return studies.checked(id, StudyAct.READ);
	}

	@PostMapping("/{id}/pta/submission")
	StudyView submitPta(@PathVariable UUID id) {
		return studies.submitPta(id);
	}

	@PostMapping("/{id}/pta/review")
	StudyView reviewPta(@PathVariable UUID id) {
		return studies.reviewPta(id);
	}

	@PostMapping("/{id}/pta/approval")
	StudyView approvePta(@PathVariable UUID id) {
		return studies.approvePta(id);
	}

	@PostMapping("/{id}/closure")
	StudyView close(@PathVariable UUID id) {
		return studies.close(id);
	}

	@PutMapping("/{id}/clearance")
	StudyView clearance(@PathVariable UUID id, @RequestBody ClearanceDraft draft) {
		return studies.recordClearance(id, draft);
	}

	@PutMapping("/{id}/vendor/settings")
	StudyView vendorSettings(@PathVariable UUID id, @RequestBody VendorSettings settings) {
		return studies.recordVendorSettings(id, settings.ipCollectionDisabled(), settings.emailCollectionDisabled());
	}

	@PostMapping("/{id}/vendor/approvals")
	StudyView vendorApproval(@PathVariable UUID id, @RequestBody VendorApproval approval) {
		return studies.approveVendor(id, approval.office());
	}
}
