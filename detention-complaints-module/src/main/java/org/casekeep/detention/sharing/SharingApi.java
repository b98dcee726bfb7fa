package org.casekeep.detention.sharing;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.casekeep.detention.complaint.ComplaintCase.ComplaintId;
import org.casekeep.detention.sharing.SharingViews.Released;
import org.casekeep.detention.sharing.SharingViews.Sharing;
import org.casekeep.detention.sharing.SharingViews.SharingDraft;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sharing a complaint outside the Department over HTTP, the complaint named by its id as in the complaint API. Errors
 * are RFC 9457 problem documents: 422 naming each field, 403 for anyone the accounting or the complaint's rules refuse
 * (an approver approving their own request among them), 404 for an unknown complaint or sharing, 409 for releasing
 * records not approved, refused or released before, or deciding a sharing decided before.
 */
@RestController
@RequestMapping("/api/detention/complaints/{id}/disclosures")
class SharingApi {

	private final ComplaintSharing sharing;

	SharingApi(ComplaintSharing sharing) {
		this.sharing = sharing;
	}

	@PostMapping
	ResponseEntity<Sharing> request(@PathVariable UUID id, @RequestBody SharingDraft draft) {
		Sharing requested = sharing.request(new ComplaintId(id), draft);
		return ResponseEntity.created(URI.create("/api/detention/complaints/" + id + "/disclosures/" + requested.id()))
			.body(requested);
	}

	/** The complaint's accounting of disclosures outside the Department (PIA 6.4), for the subject on request. */
	@GetMapping
	List<Sharing> accounting(@PathVariable UUID id) {
		return sharing.of(new ComplaintId(id));
	}

	@PostMapping("/{disclosureId}/approve")
	Sharing approve(@PathVariable UUID id, @PathVariable UUID disclosureId) {
		return sharing.approve(new ComplaintId(id), disclosureId);
	}

	@PostMapping("/{disclosureId}/refuse")
	Sharing refuse(@PathVariable UUID id, @PathVariable UUID disclosureId) {
		return sharing.refuse(new ComplaintId(id), disclosureId);
	}

	/** The approved records, to be sent to the recipient; once. */
	@PostMapping("/{disclosureId}/release")
	Released release(@PathVariable UUID id, @PathVariable UUID disclosureId) {
		return sharing.release(new ComplaintId(id), disclosureId);
	}
}
