package org.casekeep.survey.quotes;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/research/studies/{id}/quote-permissions[/{participant}]}: each expert's answer to being quoted by name
 * ({@code PUT} with the {@code version} read to change one); {@code POST /api/research/sessions/{id}/quotes} takes a
 * quote from a verified transcript; {@code GET /api/research/studies/{id}/quotes/export} is what may be disseminated.
 */
@RestController
class QuotesApi {

	private final QuoteDesk desk;

	QuotesApi(QuoteDesk desk) {
		this.desk = desk;
	}

	@GetMapping("/api/research/studies/{id}/quote-permissions")
	List<QuoteDesk.PermissionView> permissions(@PathVariable UUID id) {
		return desk.permissions(id);
	}

	@PutMapping("/api/research/studies/{id}/quote-permissions/{participant}")
	QuoteDesk.PermissionView decide(@PathVariable UUID id, @PathVariable UUID participant,
			@RequestBody QuoteDesk.PermissionDraft draft) {
		return desk.decide(id, participant, draft);
	}

	@PostMapping("/api/research/sessions/{id}/quotes")
	ResponseEntity<QuoteDesk.QuoteView> quote(@PathVariable UUID id, @RequestBody QuoteDesk.QuoteDraft draft) {
		return ResponseEntity.status(201).body(desk.quote(id, draft));
	}

	@GetMapping("/api/research/studies/{id}/quotes/export")
	List<QuoteDesk.ExportedQuote> export(@PathVariable UUID id) {
		return desk.export(id);
	}
}
