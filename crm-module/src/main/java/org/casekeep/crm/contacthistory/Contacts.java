package org.casekeep.crm.contacthistory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.access.RecordNotFoundException;

/**
 * The individuals contact history is kept for, as {@link ContactHistory} needs them. Implemented by the feature that
 * owns individuals, which keeps their most recent contact and their retention clock. Every method runs in the
 * caller's transaction.
 */
public interface Contacts {

	/**
	 * The facts of an individual: an interaction is part of its individual's record, so its ownership, and so its
	 * audit review, follow the individual.
	 * @throws RecordNotFoundException if there is no such individual.
	 */
	RecordFacts facts(UUID individualId);

	/** The facts of every individual with this email address, ignoring case. */
	List<RecordFacts> withEmail(String email);

	/**
	 * The facts of the other individuals with the same email address as this one, ignoring case: the same person as
	 * other components recorded them. Empty for an individual without an address.
	 */
	List<RecordFacts> sameEmailAs(UUID individualId);

	/**
	 * Records that the individual was contacted at {@code when} by the interaction: moves the most recent contact if
	 * it is later (PIA 1.1), audits the change and with it restarts the retention clock (PIA 3.2); so does the
	 * individual's organization's, if it has one.
	 */
	void contactedAt(UUID individualId, Instant when, UUID interactionId);
}
