package org.casekeep.crm.engagements;

import org.casekeep.detention.events.StakeholderEngagementHeld;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts the ombudsman's engagements among the CRM's events (CRM PIA 1.1, item 3; OIDO PIA: events and engagements
 * attended by OIDO staff): each becomes an event owned by the component that held it, its participants matched to
 * individuals by email, and attending is recorded in their contact history. Delivery is at least once;
 * {@link EngagementDirectory} records an engagement once only.
 */
@Component
class EngagementIntake {

	private static final Logger log = LoggerFactory.getLogger(EngagementIntake.class);

	private final EngagementDirectory directory;

	EngagementIntake(EngagementDirectory directory) {
		this.directory = directory;
	}

	@ApplicationModuleListener(id = "crm.on-stakeholder-engagement-held")
	void on(StakeholderEngagementHeld event) {
		boolean recorded = Actors.callAs(Actor.SYSTEM, () -> directory.recordHeld(event));
		if (!recorded) {
			// Neither the name nor the participants are logged: they are personal data.
			log.debug("Engagement {} was recorded before", event.engagementId());
		}
	}
}
