package org.casekeep.crm.organizations;

import java.util.Optional;

import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.kernel.disclosure.DisclosableRecords;
import org.springframework.stereotype.Component;

/**
 * Tells the kernel's accounting of disclosures which organizations exist; the access policy then lets only CRM
 * administrators disclose them (CRM PIA 5.1-5.2: shared outside DHS only under a routine use of DHS/ALL-002). An organization is not
 * a person, so its disclosures are found by record, not by person.
 */
@Component
class OrganizationDisclosures implements DisclosableRecords {

	private final Organizations organizations;

	OrganizationDisclosures(Organizations organizations) {
		this.organizations = organizations;
	}

	@Override
	public String recordType() {
		return Stakeholder.ORGANIZATION;
	}

	@Override
	public Optional<Found> find(String recordId) {
		return DisclosableRecords.uuid(recordId).flatMap(organizations::findById)
			.map(organization -> new Found(organization.facts(), null));
	}
}
