package org.casekeep.crm.organizations;

import java.util.UUID;

import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.kernel.retention.RecordDestroyer;
import org.casekeep.kernel.retention.RetentionFacts;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention of organizations (CRM PIA 3.2): tracked from creation; destroyed when their time is up, and the
 * destruction certified by the kernel.
 */
@Component
class OrganizationRetention implements RecordDestroyer {

	private final Organizations organizations;
	private final RetentionRegistry retention;

	OrganizationRetention(Organizations organizations, RetentionRegistry retention) {
		this.organizations = organizations;
		this.retention = retention;
	}

	/** Starts the retention tracking of a new organization, in the caller's transaction. */
	void track(Organization organization) {
		retention.track(Stakeholder.ORGANIZATION, organization.getId().toString(),
				RetentionFacts.created(organization.getCreatedAt()));
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
