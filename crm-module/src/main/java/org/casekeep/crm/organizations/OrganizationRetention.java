package org.casekeep.crm.organizations;

import java.util.UUID;

import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.kernel.retention.RecordDestroyer;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention of organizations (CRM PIA 3.2: deleted when not contacted within one year, like individuals): the
 * clock is started on creation and moved by every contact with one of its individuals; an organization whose time is
 * up is destroyed, and the kernel certifies the destruction.
 */
@Component
class OrganizationRetention implements RecordDestroyer {

	private final Organizations organizations;
	private final RetentionRegistry retention;

	OrganizationRetention(Organizations organizations, RetentionRegistry retention) {
		this.organizations = organizations;
		this.retention = retention;
	}

	/** Starts or updates the retention tracking of an organization, in the caller's transaction. */
	void track(Organization organization) {
		retention.track(Stakeholder.ORGANIZATION, organization.getId().toString(),
				Stakeholder.retentionFacts(organization.getCreatedAt(), organization.getLastContactedAt()));
	}

	@Override
	public String recordType() {
		return Stakeholder.ORGANIZATION;
	}

	/** Called by the kernel as the system once the period ended; an organization already gone is nothing to do. */
	@Override
	@Transactional
	public void destroy(String recordId) {
		organizations.findById(UUID.fromString(recordId)).ifPresent(organizations::delete);
	}
}
