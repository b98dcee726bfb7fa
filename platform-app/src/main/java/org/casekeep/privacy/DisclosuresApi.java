package org.casekeep.privacy;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.casekeep.kernel.disclosure.Disclosure;
import org.casekeep.kernel.disclosure.DisclosureAccounting;
import org.casekeep.kernel.disclosure.DisclosureRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The accounting of disclosures (5 U.S.C. 552a(c)) in the API: asking for a disclosure, following it, approving or
 * refusing it (OIDO PIA 6.4), and reading the accounting per record and per person.
 */
@RestController
@RequestMapping("/api/privacy/disclosures")
class DisclosuresApi {

	private static final int LIMIT = 100;

	private final DisclosureAccounting disclosures;

	DisclosuresApi(DisclosureAccounting disclosures) {
		this.disclosures = disclosures;
	}

	/** Asks for a disclosure; it awaits approval by someone else. */
	@PostMapping
	ResponseEntity<Disclosure> request(@Valid @RequestBody DisclosureRequest request) {
		Disclosure disclosure = disclosures.request(request);
		return ResponseEntity.created(URI.create("/api/privacy/disclosures/" + disclosure.id())).body(disclosure);
	}

	/**
	 * The accounting of one record, or of one person ({@code subjectId}); the most recent otherwise. With
	 * {@code awaitingApproval=true}, the disclosures the caller may approve; with {@code mine=true}, those the caller
	 * asked for.
	 */
	@GetMapping
	List<Disclosure> disclosures(@RequestParam(required = false) @Nullable String recordType,
			@RequestParam(required = false) @Nullable String recordId,
			@RequestParam(required = false) @Nullable String subjectId,
			@RequestParam(defaultValue = "false") boolean awaitingApproval,
			@RequestParam(defaultValue = "false") boolean mine) {
		if (awaitingApproval) {
			return disclosures.awaitingApproval(LIMIT);
		}
		if (mine) {
			return disclosures.requestedByMe(LIMIT);
		}
		if (subjectId != null) {
			return disclosures.forSubject(subjectId);
		}
		if (recordType != null && recordId != null) {
			return disclosures.forRecord(recordType, recordId);
		}
		return disclosures.recent(LIMIT);
	}

	@GetMapping("/{id}")
	Disclosure disclosure(@PathVariable UUID id) {
		return disclosures.find(id);
	}

	/** Approves a disclosure someone else asked for: it is final and each record's audit entry is written. */
	@PostMapping("/{id}/approve")
	Disclosure approve(@PathVariable UUID id) {
		return disclosures.approve(id);
	}

	@PostMapping("/{id}/refuse")
	Disclosure refuse(@PathVariable UUID id) {
		return disclosures.refuse(id);
	}
}
