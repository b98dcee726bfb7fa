package org.casekeep.crm.stakeholder;

import java.time.Instant;
import java.util.UUID;

/**
 * Organizations as the contact history of their individuals reaches them. Contact history is kept for individuals
 * only (CRM PIA 1.1); an organization counts as contacted when one of its individuals is (PIA 3.2: organizations,
 * like individuals, are deleted when not contacted within one year). Implemented by the feature that owns
 * organizations; runs in the caller's transaction.
 */
public interface OrganizationContacts {

	/**
	 * Records that an individual of the organization was contacted at {@code when} by the interaction: moves the
	 * organization's most recent contact if it is later, audits the change and with it restarts the retention clock.
	 * An organization that no longer exists is nothing to do (an individual may still name a deleted one).
	 */
	void contactedAt(UUID organizationId, Instant when, UUID interactionId);

	/**
	 * Records that the organization itself attended an event held at {@code when} (CRM PIA 1.1 item 3: attending
	 * counts as contact for retention), the same way.
	 */
	void attended(UUID organizationId, Instant when, UUID engagementId);
}
