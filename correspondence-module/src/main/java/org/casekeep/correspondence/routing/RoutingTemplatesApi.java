package org.casekeep.correspondence.routing;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Routing templates of the Executive Secretariat over HTTP (Intranet Quorum). */
@RestController
@RequestMapping("/api/correspondence/routing-templates")
class RoutingTemplatesApi {

	private final RoutingTemplateLibrary library;

	RoutingTemplatesApi(RoutingTemplateLibrary library) {
		this.library = library;
	}

	@PostMapping
	ResponseEntity<RoutingTemplateView> create(@RequestBody RoutingTemplateDraft draft) {
		RoutingTemplateView created = library.create(draft);
		return ResponseEntity.created(URI.create("/api/correspondence/routing-templates/" + created.id())).body(created);
	}

	@GetMapping
	List<RoutingTemplateView> list() {
		return library.list();
	}

	@GetMapping("/{id}")
	RoutingTemplateView get(@PathVariable UUID id) {
		return library.get(id);
	}

	@PutMapping("/{id}")
	RoutingTemplateView update(@PathVariable UUID id, @RequestBody RoutingTemplateDraft draft) {
		return library.update(id, draft);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		library.delete(id);
		return ResponseEntity.noContent().build();
	}
}
