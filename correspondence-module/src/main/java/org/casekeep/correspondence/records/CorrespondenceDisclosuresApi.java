package org.casekeep.correspondence.records;

import java.net.URI;
import java.util.UUID;

import org.casekeep.kernel.disclosure.Disclosure;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Accounting for correspondence shared outside the Department. */
@RestController
class CorrespondenceDisclosuresApi {

	private final CorrespondenceDisclosures disclosures;

	CorrespondenceDisclosuresApi(CorrespondenceDisclosures disclosures) {
		this.disclosures = disclosures;
	}

	@PostMapping("/api/correspondence/{id}/disclosures")
	ResponseEntity<Disclosure> disclose(@PathVariable UUID id, @RequestBody CorrespondenceDisclosure request) {
		Disclosure disclosure = disclosures.disclose(id, request);
		return ResponseEntity.created(URI.create("/api/privacy/disclosures/" + disclosure.id()))
			.body(disclosure);
	}
}
