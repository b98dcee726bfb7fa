package org.casekeep.detention.publication;

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
 * Public versions over HTTP (bearer token); each step names the version it was taken on. Errors are RFC 9457 problem
 * documents: 422 naming the field, 409 for a step the version's state refuses (publishing with open findings names
 * them) or a stale version, 403 for anyone the access policy refuses, 404 for an unknown version or source.
 */
@RestController
@RequestMapping(PublicationsApi.PATH)
class PublicationsApi {

	static final String PATH = "/api/detention/publications";

	record PublicTextRevision(@Nullable Long version, @Nullable String text) {
	}

	record FindingResolution(@Nullable Long version,
			@org.casekeep.kernel.validation.OneOf(org.casekeep.kernel.spii.ReviewedFinding.Resolution.class) @Nullable String resolution,
			@Nullable String reason) {
	}

	record RedactionSpan(@Nullable Long version, @Nullable Integer start, @Nullable Integer end) {
	}

	record PublishStep(@Nullable Long version) {
	}

	private final Publishing publishing;

	PublicationsApi(Publishing publishing) {
		this.publishing = publishing;
	}

	@PostMapping
	ResponseEntity<PublicationViews.PublicVersionDraft> start(@RequestBody Publishing.PublicVersionStart start) {
		PublicationViews.PublicVersionDraft started = publishing.start(start);
		return ResponseEntity.created(URI.create(PATH + "/" + started.id())).body(started);
	}

	@GetMapping
	ResultPage<PublicationViews.PublicVersionSummary> list(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return publishing.list(Paging.of(page, size));
	}

	@GetMapping("/{id}")
	PublicationViews.PublicVersionDraft get(@PathVariable UUID id) {
		return publishing.view(id);
	}

	@PostMapping("/{id}/text")
	PublicationViews.PublicVersionDraft revise(@PathVariable UUID id, @RequestBody PublicTextRevision revision) {
		return publishing.revise(id, revision.version(), revision.text());
	}

	@PostMapping("/{id}/findings/{index}")
	PublicationViews.PublicVersionDraft resolve(@PathVariable UUID id, @PathVariable int index, @RequestBody FindingResolution decision) {
		return publishing.resolve(id, index, decision.version(), decision.resolution(), decision.reason());
	}

	@PostMapping("/{id}/redactions")
	PublicationViews.PublicVersionDraft redact(@PathVariable UUID id, @RequestBody RedactionSpan span) {
		return publishing.redactSpan(id, span.version(), span.start(), span.end());
	}

	@PostMapping("/{id}/publish")
	PublicationViews.PublicVersionDraft publish(@PathVariable UUID id, @RequestBody PublishStep step) {
		return publishing.publish(id, step.version());
	}
}
