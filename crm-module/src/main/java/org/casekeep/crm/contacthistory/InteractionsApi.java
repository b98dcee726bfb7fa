package org.casekeep.crm.contacthistory;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The contact history of a CRM individual over HTTP (CRM PIA 1.1). Errors are RFC 9457 problem documents. */
@RestController
@RequestMapping("/api/crm/individuals/{id}/interactions")
class InteractionsApi {

	private final ContactHistory history;

	InteractionsApi(ContactHistory history) {
		this.history = history;
	}

	@PostMapping
	ResponseEntity<InteractionView> record(@PathVariable UUID id, @RequestBody InteractionDraft draft) {
		InteractionView recorded = history.record(id, draft);
		return ResponseEntity.created(URI.create("/api/crm/individuals/" + id + "/interactions/" + recorded.id()))
			.body(recorded);
	}

	/** Newest first. */
	@GetMapping
	List<InteractionView> history(@PathVariable UUID id) {
		return history.history(id);
	}
}
