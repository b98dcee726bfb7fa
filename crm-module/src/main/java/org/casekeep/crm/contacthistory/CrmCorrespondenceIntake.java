package org.casekeep.crm.contacthistory;

import org.casekeep.correspondence.events.CorrespondenceReceived;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts correspondence into the contact history (CRM PIA 1.1): correspondence whose sender's email matches
 * individuals becomes an interaction on each of them, saying only that correspondence was received, by which
 * component and on which day. Delivery is at least once; {@link ContactHistory} records an event once only.
 */
@Component
class CrmCorrespondenceIntake {

	private static final Logger log = LoggerFactory.getLogger(CrmCorrespondenceIntake.class);

	private final ContactHistory history;

	CrmCorrespondenceIntake(ContactHistory history) {
		this.history = history;
	}

	@ApplicationModuleListener(id = "crm.on-correspondence-received")
	void on(CorrespondenceReceived event) {
		String email = event.senderEmail();
		if (email == null || email.isBlank()) {
			// Organizations have no contact history yet: nothing to record (the sender is not logged, it is PII).
			log.debug("Correspondence without a sender email: not recorded in contact history");
			return;
		}
		int recorded = Actors.callAs(Actor.SYSTEM, () -> history.recordCorrespondence(event.correspondenceId(), email,
				event.owningComponent(), event.receivedOn()));
		if (recorded == 0) {
			log.debug("Correspondence matched no individual, or was recorded before");
		}
	}
}
