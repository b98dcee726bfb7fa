package org.casekeep.detention.recommendations;

import java.net.URI;
import java.util.UUID;

import org.casekeep.kernel.web.Paging;
import org.casekeep.kernel.web.ResultPage;
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
 * Recommendations over HTTP (bearer token); each step names the version it was taken on. Errors are RFC 9457 problem
 * documents: 422 naming the field, 409 for a step the recommendation's state refuses or a stale version, 403 for
 * anyone the access policy refuses, 404 for an unknown recommendation or file.
 */
@RestController
@RequestMapping(RecommendationsApi.PATH)
class RecommendationsApi {

	static final String PATH = "/api/detention/recommendations";

	record Response(@Nullable Long version, @Nullable String response, @Nullable String note) {
	}

	record Note(@Nullable Long version, @Nullable String note) {
	}

	private final RecommendationTracking tracking;

	RecommendationsApi(RecommendationTracking tracking) {
		this.tracking = tracking;
	}

	@PostMapping
	ResponseEntity<RecommendationViews.View> issue(@RequestBody RecommendationTracking.Draft draft) {
		RecommendationViews.View issued = tracking.issue(draft);
		return ResponseEntity.created(URI.create(PATH + "/" + issued.id())).body(issued);
	}

	@GetMapping
	ResultPage<RecommendationViews.View> list(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
		return tracking.list(status, Paging.of(page, size));
	}

	@GetMapping("/{id}")
	RecommendationViews.View get(@PathVariable UUID id) {
		return tracking.get(id);
	}

	@PostMapping("/{id}/responses")
	RecommendationViews.View respond(@PathVariable UUID id, @RequestBody Response step) {
		return tracking.respond(id, step.version(), step.response(), step.note());
	}

	@PostMapping("/{id}/follow-ups")
	RecommendationViews.View followUp(@PathVariable UUID id, @RequestBody Note step) {
		return tracking.followUp(id, step.version(), step.note());
	}

	@PostMapping("/{id}/close")
	RecommendationViews.View close(@PathVariable UUID id, @RequestBody Note step) {
		return tracking.close(id, step.version(), step.note());
	}
}
