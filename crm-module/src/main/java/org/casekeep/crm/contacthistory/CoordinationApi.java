package org.casekeep.crm.contacthistory;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Who holds the relationship with an individual, for coordination between components. */
@RestController
class CoordinationApi {

	private final Coordination coordination;

	CoordinationApi(Coordination coordination) {
		this.coordination = coordination;
	}

	@GetMapping("/api/crm/individuals/{id}/coordination")
	Coordination.View coordination(@PathVariable UUID id) {
		return coordination.of(id);
	}
}
