package org.casekeep.correspondence.intake;

import java.util.UUID;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.retention.RetentionPeriodEnded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Destroys correspondence whose retention period ended (PIA 5.1), attachments included, and confirms it to the
 * kernel, which keeps the destruction certificate. Idempotent: a record already gone is only confirmed.
 */
@Component
class CorrespondenceRetention {

	private final CorrespondenceIntake intake;

	CorrespondenceRetention(CorrespondenceIntake intake) {
		this.intake = intake;
	}

	@ApplicationModuleListener(id = "correspondence.on-retention-period-ended")
	void on(RetentionPeriodEnded event) {
		if (event.recordType().equals(Correspondence.RECORD_TYPE)) {
			Actors.runAs(Actor.SYSTEM, () -> intake.destroyExpired(UUID.fromString(event.recordId())));
		}
	}
}
