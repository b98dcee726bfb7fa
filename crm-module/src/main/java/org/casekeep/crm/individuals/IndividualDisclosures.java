package org.casekeep.crm.individuals;

import java.util.Optional;

import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.kernel.disclosure.DisclosableRecords;
import org.springframework.stereotype.Component;

/**
 * Tells the kernel's accounting of disclosures which individuals exist; the access policy then lets only CRM
 * administrators disclose them (CRM PIA 5.1-5.2: shared outside DHS only under a routine use of DHS/ALL-002). An individual is the
 * person the disclosure is about, so it is found when they ask who received their record.
 */
@Component
class IndividualDisclosures implements DisclosableRecords {

	private final Individuals individuals;

	IndividualDisclosures(Individuals individuals) {
		this.individuals = individuals;
	}

	@Override
	public String recordType() {
		return Stakeholder.INDIVIDUAL;
	}

	@Override
	public Optional<Found> find(String recordId) {
		return DisclosableRecords.uuid(recordId).flatMap(individuals::findById)
			.map(individual -> new Found(individual.facts(), individual.getId().toString()));
	}
}
