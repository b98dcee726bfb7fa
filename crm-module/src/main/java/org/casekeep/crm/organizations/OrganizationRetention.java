package org.casekeep.crm.organizations;

import java.util.UUID;

import org.casekeep.crm.stakeholder.ExpiredStakeholders;
import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.kernel.retention.RetentionFacts;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The retention of organizations (CRM PIA 3.2): tracked from creation; destroyed when their time is up. */
@Component
class OrganizationRetention implements ExpiredStakeholders {

	private final Organizations organizations;
	private final RetentionRegistry retention;

	OrganizationRetention(Organizations organizations, RetentionRegistry retention) {
		this.organizations = organizations;
		this.retention = retention;
	}

	/** Starts the retention tracking of a new organization, in the caller's transaction. */
	void track(Organization organization) {
		retention.track(Stakeholder.ORGANIZATION, organization.getId().toString(), Stakeholder.RETENTION,
				RetentionFacts.created(organization.getCreatedAt()));
	}

	@Override
	public String recordType() {
		return Stakeholder.ORGANIZATION;
	}

	@Override
	@Transactional
	public void destroy(UUID id) {
		organizations.findById(id).ifPresent(organizations::delete);
		retention.confirmDestroyed(Stakeholder.ORGANIZATION, id.toString());
	}
}
