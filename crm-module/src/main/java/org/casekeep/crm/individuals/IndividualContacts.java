package org.casekeep.crm.individuals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.casekeep.crm.contacthistory.Contacts;
import org.casekeep.crm.stakeholder.OrganizationContacts;
import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.crm.stakeholder.StakeholderRecords;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.springframework.stereotype.Component;

/** Individuals as contact history sees them: their facts, found by id or email, and their most recent contact. */
@Component
class IndividualContacts implements Contacts {

	private final Individuals individuals;
	private final IndividualRetention retention;
	private final StakeholderRecords records;
	private final OrganizationContacts organizations;

	IndividualContacts(Individuals individuals, IndividualRetention retention, StakeholderRecords records,
			OrganizationContacts organizations) {
		this.individuals = individuals;
		this.retention = retention;
		this.records = records;
		this.organizations = organizations;
	}

	@Override
	public RecordFacts facts(UUID individualId) {
		return find(individualId).facts();
	}

	@Override
	public List<RecordFacts> withEmail(String email) {
		return individuals.findByEmailIgnoringCase(email).stream().map(Individual::facts).toList();
	}

	@Override
	public List<RecordFacts> sameEmailAs(UUID individualId) {
		String email = find(individualId).getEmail();
		return email == null ? List.of() : individuals.findByEmailIgnoringCase(email).stream()
			.filter(other -> !other.getId().equals(individualId)).map(Individual::facts).toList();
	}

	@Override
	public void contactedAt(UUID individualId, Instant when, UUID interactionId) {
		Individual individual = find(individualId);
		if (individual.contactedAt(when)) {
			records.contacted(individual, "interaction " + interactionId);
			retention.track(individual);
		}
		// PIA 3.2: contact with an organization's individual is contact with the organization.
		UUID organizationId = individual.getOrganizationId();
		if (organizationId != null) {
			organizations.contactedAt(organizationId, when, interactionId);
		}
	}

	private Individual find(UUID id) {
		return individuals.findById(id).orElseThrow(() -> new RecordNotFoundException(Stakeholder.INDIVIDUAL, id));
	}
}
