package org.casekeep.detention.triage;

import java.util.List;
import java.util.UUID;

import org.casekeep.detention.complaint.ComplaintCase.ComplaintId;
import org.casekeep.detention.complaint.ComplaintView;
import org.casekeep.detention.complaint.ConfidentialityProtection;
import org.casekeep.detention.complaint.Jurisdiction;
import org.casekeep.detention.complaint.ReferralAgency;
import org.casekeep.kernel.validation.OneOf;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Triage over HTTP: the review of a complaint and its outcomes. Each step names the version it was taken on (409 if
 * somebody changed the complaint since, or if its state does not allow the step) and answers the complaint as it is.
 */
@RestController
@RequestMapping("/api/detention/complaints/{id}")
class TriageApi {

	record Step(@Nullable Long version) {
	}

	record JurisdictionStep(@Nullable Long version, @OneOf(Jurisdiction.class) @Nullable String jurisdiction) {
	}

	record Acceptance(@Nullable Long version, @Nullable String analyst) {
	}

	record Merge(@Nullable Long version, @Nullable String duplicateOf) {
	}

	record Referral(@Nullable Long version, @OneOf(ReferralAgency.class) @Nullable String agency,
			@OneOf(ConfidentialityProtection.class) @Nullable List<String> protections) {
	}

	record Decline(@Nullable Long version, @Nullable String reason) {
	}

	private final ComplaintTriage triage;

	TriageApi(ComplaintTriage triage) {
		this.triage = triage;
	}

	@GetMapping("/triage")
	TriageReport report(@PathVariable UUID id) {
		return triage.report(new ComplaintId(id));
	}

	@PostMapping("/emergency")
	ComplaintView emergency(@PathVariable UUID id, @RequestBody Step step) {
		return triage.flagEmergency(new ComplaintId(id), step.version());
	}

	@PostMapping("/jurisdiction")
	ComplaintView jurisdiction(@PathVariable UUID id, @RequestBody JurisdictionStep step) {
		return triage.recordJurisdiction(new ComplaintId(id), step.version(), step.jurisdiction());
	}

	@PostMapping("/accept")
	ComplaintView accept(@PathVariable UUID id, @RequestBody Acceptance step) {
		return triage.accept(new ComplaintId(id), step.version(), step.analyst());
	}

	@PostMapping("/merge")
	ComplaintView merge(@PathVariable UUID id, @RequestBody Merge step) {
		return triage.merge(new ComplaintId(id), step.version(), step.duplicateOf());
	}

	@PostMapping("/refer")
	ComplaintView refer(@PathVariable UUID id, @RequestBody Referral step) {
		return triage.refer(new ComplaintId(id), step.version(), step.agency(), step.protections());
	}

	@PostMapping("/decline")
	ComplaintView decline(@PathVariable UUID id, @RequestBody Decline step) {
		return triage.decline(new ComplaintId(id), step.version(), step.reason());
	}
}
