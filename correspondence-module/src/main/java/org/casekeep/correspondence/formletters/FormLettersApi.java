package org.casekeep.correspondence.formletters;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The form-letter library over HTTP. */
@RestController
@RequestMapping("/api/correspondence/form-letters")
class FormLettersApi {

	/** The text of a filled-in letter. */
	record Filled(String text) {
	}

	private final FormLetterLibrary library;

	FormLettersApi(FormLetterLibrary library) {
		this.library = library;
	}

	/**
	 * The library, paged ({@code page} from 1, {@code size} up to 100, 25 by default) and sorted ({@code sort=name} or
	 * {@code office}, {@code ,asc} or {@code ,desc}): the rows as a JSON array, the total in {@code X-Total-Count},
	 * the pages around in {@code Link}. A bad parameter is 400 naming it.
	 */
	@GetMapping
	ResponseEntity<List<FormLetterView>> library(
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size,
			@RequestParam(required = false) @Nullable String sort,
			HttpServletRequest request) {
		return FormLetterListing.ORDERS.answer(library.library(), page, size, sort, request);
	}

	@PostMapping
	ResponseEntity<FormLetterView> create(@RequestBody FormLetterDraft draft) {
		FormLetterView created = library.create(draft);
		return ResponseEntity.created(URI.create("/api/correspondence/form-letters/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	FormLetterView get(@PathVariable UUID id) {
		return library.get(id);
	}

	@PutMapping("/{id}")
	FormLetterView revise(@PathVariable UUID id, @RequestBody FormLetterDraft draft) {
		return library.revise(id, draft);
	}

	@PostMapping("/{id}/versions/{number}/submission")
	FormLetterView submit(@PathVariable UUID id, @PathVariable int number) {
		return library.submit(id, number);
	}

	@PostMapping("/{id}/versions/{number}/approval")
	FormLetterView approve(@PathVariable UUID id, @PathVariable int number) {
		return library.approve(id, number);
	}

	@PostMapping("/{id}/versions/{number}/return")
	FormLetterView sendBack(@PathVariable UUID id, @PathVariable int number) {
		return library.sendBack(id, number);
	}

	/** Fills the approved version in with the merge values given. */
	@PostMapping("/{id}/fill")
	Filled fill(@PathVariable UUID id, @RequestBody Map<String, String> values) {
		return new Filled(library.fill(id, values));
	}
}
