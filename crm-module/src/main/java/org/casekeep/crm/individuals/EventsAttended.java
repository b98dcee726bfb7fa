package org.casekeep.crm.individuals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The events an individual attended, as the individual's page lists them (CRM PIA 1.1: attendance at DHS-affiliated
 * events). Implemented by the feature that keeps events; runs in the caller's transaction or its own.
 */
public interface EventsAttended {

	/** An event attended: its id, name and day. */
	record Attended(UUID id, String name, LocalDate heldOn) {
	}

	/** The events the individual attended, newest first, each read under the access policy and audited. */
	List<Attended> attendedBy(UUID individualId);
}
