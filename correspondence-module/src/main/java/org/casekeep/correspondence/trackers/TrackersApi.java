package org.casekeep.correspondence.trackers;

import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.web.Paging;
import org.casekeep.kernel.web.ResultPage;
import org.casekeep.kernel.web.Sorting;
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
 * The trackers over HTTP: {@code /api/correspondence/trackers/{type}/items} to take an item in, read it (masked,
 * audited), list and look items up (paged, sorted) and move one to another stage (409 for a step its type does not
 * allow). The rules are the service's; this only translates.
 */
@RestController
@RequestMapping("/api/correspondence/trackers")
class TrackersApi {

	private final TrackerDesk desk;

	TrackersApi(TrackerDesk desk) {
		this.desk = desk;
	}

	/** The tracker types the user works in or may submit to, with their intake forms. */
	@GetMapping
	List<TypeSummary> types() {
		return desk.available().stream().map(TypeSummary::of).toList();
	}

	@PostMapping("/{type}/items")
	ResponseEntity<TrackerItemView> create(@PathVariable String type, @RequestBody NewItem body) {
		TrackerItemView created = desk.create(type, body.values() == null ? Map.of() : body.values());
		return ResponseEntity.created(URI.create("/api/correspondence/trackers/" + type + "/items/" + created.id()))
			.body(created);
	}

	@GetMapping("/{type}/items/{id}")
	TrackerItemView get(@PathVariable String type, @PathVariable UUID id) {
		return desk.get(type, id);
	}

	@GetMapping("/{type}/items")
	ResultPage<TrackerItemView.Row> list(@PathVariable String type,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size,
			@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String direction,
			@RequestParam(required = false) @Nullable String lookup,
			@RequestParam(required = false) @Nullable String value) {
		// sort=reference,asc as every list of the module; sort=reference&direction=asc as before. 400 naming sort.
		Sorting sorting = Sorting.of(
				TrackerItems.sortParam(sort, direction), TrackerItems.SORTS.keySet(), TrackerItems.DEFAULT_SORT);
		return desk.list(type, Paging.of(page, size), sorting.key(), sorting.descending(), lookup, value);
	}

	@PostMapping("/{type}/items/{id}/stage")
	TrackerItemView advance(@PathVariable String type, @PathVariable UUID id, @RequestBody StageChange body) {
		if (body.stage() == null || body.stage().isBlank()) {
			throw InvalidInputException.of("stage", "Which stage the item moves to is required");
		}
		return desk.advance(type, id, body.stage(), body.values() == null ? Map.of() : body.values(),
				body.version() == null ? -1 : body.version());
	}

	@GetMapping("/{type}/summary")
	TrackerItemView.Summary summary(@PathVariable String type, @RequestParam String month) {
		try {
			return desk.summary(type, YearMonth.parse(month));
		}
		catch (DateTimeParseException ex) {
			throw InvalidInputException.of("month", "The month must be written YYYY-MM");
		}
	}

	record NewItem(@Nullable Map<String, @Nullable Object> values) {
	}

	record StageChange(@Nullable String stage, @Nullable Long version, @Nullable Map<String, @Nullable Object> values) {
	}

	/** A tracker type and its intake form, from its declaration. */
	record TypeSummary(String code, String name, String description, List<FormField> form) {

		static TypeSummary of(TrackerType type) {
			return new TypeSummary(type.code(), type.name(), type.description(), type.intakeFields().stream()
				.map(f -> new FormField(f.name(), f.label(), f.type().name(), f.required(), f.options(), f.hint()))
				.toList());
		}
	}

	record FormField(String name, String label, String type, boolean required, List<String> options,
			@Nullable String hint) {
	}
}
