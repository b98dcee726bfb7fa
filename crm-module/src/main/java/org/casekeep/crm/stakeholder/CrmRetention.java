package org.casekeep.crm.stakeholder;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.retention.RetentionPeriodEnded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Destroys CRM records whose retention ended (PIA 3.2: not contacted within one year), each by the feature that owns
 * its record type. Events of other record types are none of the CRM's business. Idempotent: a record already gone is
 * only confirmed.
 */
@Component
class CrmRetention {

	private final Map<String, ExpiredStakeholders> byRecordType;

	CrmRetention(List<ExpiredStakeholders> destroyers) {
		this.byRecordType = destroyers.stream()
			.collect(Collectors.toUnmodifiableMap(ExpiredStakeholders::recordType, Function.identity()));
	}

	@ApplicationModuleListener(id = "crm.on-retention-period-ended")
	void on(RetentionPeriodEnded event) {
		ExpiredStakeholders destroyer = byRecordType.get(event.recordType());
		if (destroyer != null) {
			Actors.runAs(Actor.SYSTEM, () -> destroyer.destroy(UUID.fromString(event.recordId())));
		}
	}
}
