package org.casekeep.crm.engagements;

import java.net.URI;
import java.util.UUID;

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

/**
 * The CRM's events over HTTP (bearer token; CRM PIA 1.1, item 3): record, read, list newest first a page at a time,
 * correct, delete, and add or remove attendees. Errors are RFC 9457 problem documents naming the field.
 */
@RestController
@RequestMapping(EngagementsApi.PATH)
class EngagementsApi {

	static final String PATH = "/api/crm/engagements";

	private final EngagementDirectory directory;

	EngagementsApi(EngagementDirectory directory) {
		this.directory = directory;
	}

	@PostMapping
	ResponseEntity<EngagementView> create(@RequestBody EngagementDraft draft) {
		EngagementView created = directory.create(draft);
		return ResponseEntity.created(URI.create(PATH + "/" + created.id())).body(created);
	}

	/** Newest first; {@code page} from 0, {@code size} at most {@value EngagementPage#MAX_SIZE}. */
	@GetMapping
	EngagementPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
		return directory.list(page, size);
	}

	@GetMapping("/{id}")
	EngagementView get(@PathVariable UUID id) {
		return directory.get(id);
	}

	@PutMapping("/{id}")
	EngagementView update(@PathVariable UUID id, @RequestBody EngagementDraft draft) {
		return directory.update(id, draft);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		directory.delete(id);
		return ResponseEntity.noContent().build();
	}

	/** Adds attendees; each individual newly attending has it recorded in their contact history. */
	@PostMapping("/{id}/attendees")
	EngagementView attend(@PathVariable UUID id, @RequestBody AttendeesDraft draft) {
		return directory.attend(id, draft);
	}

	/** Removes an attendee, individual or organization, by its id. */
	@DeleteMapping("/{id}/attendees/{stakeholderId}")
	EngagementView leave(@PathVariable UUID id, @PathVariable UUID stakeholderId) {
		return directory.leave(id, stakeholderId);
	}
}
