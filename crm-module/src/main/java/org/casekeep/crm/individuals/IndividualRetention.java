package org.casekeep.crm.individuals;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.casekeep.crm.events.StakeholderErased;
import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.kernel.retention.RecordDestroyer;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention of individuals (CRM PIA 3.2: deleted when not contacted within one year): the clock is started on
 * creation and moved by every contact; an individual whose time is up is destroyed with its contact history, other
 * modules are told, and the kernel certifies the destruction.
 */
@Component
class IndividualRetention implements RecordDestroyer {

	private final Individuals individuals;
	private final RetentionRegistry retention;
	private final ApplicationEventPublisher events;
	private final Clock clock = Clock.systemUTC();

	IndividualRetention(Individuals individuals, RetentionRegistry retention, ApplicationEventPublisher events) {
		this.individuals = individuals;
		this.retention = retention;
		this.events = events;
	}

	/** Starts or updates the retention tracking of an individual, in the caller's transaction. */
	void track(Individual individual) {
		// PIA 3.2: delete if not contacted within one year.
		retention.track(Stakeholder.INDIVIDUAL, individual.getId().toString(),
				Stakeholder.retentionFacts(individual.getCreatedAt(), individual.getLastContactedAt()));
	}

	@Override
	public String recordType() {
		return Stakeholder.INDIVIDUAL;
	}

	/** Called by the kernel as the system once the period ended; an individual already gone is nothing to do. */
	@Override
	@Transactional
	public void destroy(String recordId) {
		UUID id = UUID.fromString(recordId);
		individuals.findById(id).ifPresent(individual -> {
			individuals.delete(individual);
			events.publishEvent(new StakeholderErased(id, "RETENTION", clock.instant().truncatedTo(ChronoUnit.MICROS)));
		});
	}
}
