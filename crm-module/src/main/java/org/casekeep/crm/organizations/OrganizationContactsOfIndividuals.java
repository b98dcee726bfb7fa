package org.casekeep.crm.organizations;

import java.time.Instant;
import java.util.UUID;

import org.casekeep.crm.stakeholder.OrganizationContacts;
import org.casekeep.crm.stakeholder.StakeholderRecords;
import org.springframework.stereotype.Component;

/**
 * Moves an organization's most recent contact when one of its individuals is contacted or it attends an event (CRM
 * PIA 3.2).
 */
@Component
class OrganizationContactsOfIndividuals implements OrganizationContacts {

	private final Organizations organizations;
	private final OrganizationRetention retention;
	private final StakeholderRecords records;

	OrganizationContactsOfIndividuals(Organizations organizations, OrganizationRetention retention,
			StakeholderRecords records) {
		this.organizations = organizations;
		this.retention = retention;
		this.records = records;
	}

	@Override
	public void contactedAt(UUID organizationId, Instant when, UUID interactionId) {
		contacted(organizationId, when, "interaction " + interactionId);
	}

	@Override
	public void attended(UUID organizationId, Instant when, UUID engagementId) {
		contacted(organizationId, when, "event " + engagementId);
	}

	private void contacted(UUID organizationId, Instant when, String cause) {
		organizations.findById(organizationId).ifPresent(organization -> {
			if (organization.contactedAt(when)) {
				records.contacted(organization, cause);
				retention.track(organization);
			}
		});
	}
}
