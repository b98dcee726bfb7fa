package org.casekeep.crm;

import java.util.UUID;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.retention.RetentionPeriodEnded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Destroys CRM records whose retention ended (PIA 3.2: not contacted within one year). Idempotent: a record already
 * gone is only confirmed.
 */
@Component
class CrmRetention {

	private final IndividualDirectory individuals;
	private final OrganizationDirectory organizations;

	CrmRetention(IndividualDirectory individuals, OrganizationDirectory organizations) {
		this.individuals = individuals;
		this.organizations = organizations;
	}

	@ApplicationModuleListener(id = "crm.on-retention-period-ended")
	void on(RetentionPeriodEnded event) {
		if (event.recordType().equals(Individual.RECORD_TYPE)) {
			Actors.runAs(Actor.SYSTEM, () -> individuals.destroyExpired(UUID.fromString(event.recordId())));
		}
		else if (event.recordType().equals(Organization.RECORD_TYPE)) {
			Actors.runAs(Actor.SYSTEM, () -> organizations.destroyExpired(UUID.fromString(event.recordId())));
		}
	}
}
