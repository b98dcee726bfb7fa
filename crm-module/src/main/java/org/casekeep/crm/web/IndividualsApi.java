package org.casekeep.crm.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.casekeep.crm.IndividualDirectory;
import org.casekeep.crm.IndividualDraft;
import org.casekeep.crm.IndividualSummary;
import org.casekeep.crm.IndividualView;
import org.casekeep.crm.Issue;
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

/** The CRM's individuals over HTTP (bearer token). Errors are RFC 9457 problem documents. */
@RestController
@RequestMapping("/api/crm/individuals")
class IndividualsApi {

	private final IndividualDirectory directory;

	IndividualsApi(IndividualDirectory directory) {
		this.directory = directory;
	}

	@PostMapping
	ResponseEntity<IndividualView> create(@RequestBody IndividualDraft draft) {
		IndividualView created = directory.create(draft);
		return ResponseEntity.created(URI.create("/api/crm/individuals/" + created.id())).body(created);
	}

	/** CSV of every individual, for CRM administrators; masked and audited by the kernel like any other output. */
	@GetMapping(value = "/export", produces = "text/csv")
	ResponseEntity<String> export() {
		StringBuilder csv = new StringBuilder(
				"id,salutation,firstName,lastName,title,organizationName,workPhone,cellPhone,email,street1,street2,city,state,zip,issues,interests,owningComponent,ownerUsername\r\n");
		for (IndividualView v : directory.export()) {
			csv.append(String.join(",", Csv.cells(v.id(), v.salutation(), v.firstName(), v.lastName(), v.title(),
					v.organizationName(), v.workPhone(), v.cellPhone(), v.email(), v.street1(), v.street2(), v.city(),
					v.state(), v.zip(), String.join(";", v.issues()), String.join(";", v.interests()),
					v.owningComponent(), v.ownerUsername()))).append("\r\n");
		}
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"crm-individuals.csv\"")
			.body(csv.toString());
	}

	@GetMapping("/{id}")
	IndividualView get(@PathVariable UUID id) {
		return directory.get(id);
	}

	@PutMapping("/{id}")
	IndividualView update(@PathVariable UUID id, @RequestBody IndividualDraft draft) {
		return directory.update(id, draft);
	}

	@GetMapping
	List<IndividualSummary> search(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable Issue issue,
			@RequestParam(required = false) @Nullable String state) {
		return directory.search(name, issue, state);
	}

	/** Deletes completely on the person's request; {@code channel} says how they asked (PIA 6.3). */
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id, @RequestParam RemovalChannel channel) {
		directory.delete(id, channel);
		return ResponseEntity.noContent().build();
	}
}
