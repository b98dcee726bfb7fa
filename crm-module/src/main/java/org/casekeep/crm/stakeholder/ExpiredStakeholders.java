package org.casekeep.crm.stakeholder;

import java.util.UUID;

/**
 * Destroys the stakeholders of one record type whose retention period ended (CRM PIA 3.2: not contacted within one
 * year), for {@link CrmRetention}. Implemented by the feature that owns the record type.
 */
public interface ExpiredStakeholders {

	/** {@link Stakeholder#INDIVIDUAL} or {@link Stakeholder#ORGANIZATION}. */
	String recordType();

	/**
	 * Destroys the record, as the system, and confirms it to the kernel's retention registry. Idempotent: a record
	 * already gone is only confirmed.
	 */
	void destroy(UUID id);
}
