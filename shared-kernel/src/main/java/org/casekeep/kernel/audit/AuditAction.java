package org.casekeep.kernel.audit;

/**
 * What an audit entry records. PIA sections 1.5 and 4.3 of the CRM require an audit trail of system access and
 * of every transaction that requests, creates, updates or deletes information.
 */
public enum AuditAction {
	/** PII was shown to a user (API, page or export). */
	READ,
	/** A search ran; the entry names the criteria kinds, not their values. */
	SEARCH,
	CREATE,
	/** A record changed; the entry names the changed fields, never SPII values. */
	UPDATE,
	/** A record was deleted; the entry names the channel of the request and holds no PII of the deleted record. */
	DELETE,
	EXPORT,
	/** A disclosure outside the agency was accounted for (Privacy Act accounting of disclosures). */
	DISCLOSURE,
	LOGIN,
	LOGOUT,
	/** The rules of behavior were affirmed at the start of a session (CRM PIA 2.4). */
	ACKNOWLEDGEMENT,
	/** Somebody asked for something the access policy refused. */
	ACCESS_DENIED,
	/** The retention sweeper destroyed a record. */
	DESTROY
}
