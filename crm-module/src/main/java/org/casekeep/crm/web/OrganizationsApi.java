package org.casekeep.crm.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.casekeep.crm.Issue;
import org.casekeep.crm.OrganizationDirectory;
import org.casekeep.crm.OrganizationDraft;
import org.casekeep.crm.OrganizationView;
import org.casekeep.crm.RemovalChannel;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The CRM's organizations over HTTP (bearer token). */
@RestController
@RequestMapping("/api/crm/organizations")
class OrganizationsApi {

	private final OrganizationDirectory directory;

	OrganizationsApi(OrganizationDirectory directory) {
		this.directory = directory;
	}

	@PostMapping
	ResponseEntity<OrganizationView> create(@RequestBody OrganizationDraft draft) {
		OrganizationView created = directory.create(draft);
		return ResponseEntity.created(URI.create("/api/crm/organizations/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	OrganizationView get(@PathVariable UUID id) {
		return directory.get(id);
	}

	@PutMapping("/{id}")
	OrganizationView update(@PathVariable UUID id, @RequestBody OrganizationDraft draft) {
		return directory.update(id, draft);
	}

	@GetMapping
	List<OrganizationView> search(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable Issue issue,
			@RequestParam(required = false) @Nullable String state) {
		return directory.search(name, issue, state);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id, @RequestParam RemovalChannel channel) {
		directory.delete(id, channel);
		return ResponseEntity.noContent().build();
	}
}
