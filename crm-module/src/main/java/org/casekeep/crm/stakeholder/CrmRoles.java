package org.casekeep.crm.stakeholder;

/** The CRM's roles, as the identity provider grants them; written here once. */
public final class CrmRoles {

	/** Every user of a participating component (CRM PIA 4.1): finds, reads, adds and corrects stakeholders. */
	public static final String USER = "crm_user";

	/** Sees individuals' cell phones and email addresses, on records of their own component (PIA 4.1). */
	public static final String CONTACT_VIEWER = "crm_contact_viewer";

	/** Exports and discloses (PIA 8.5), and deletes records of their own component (PIA 6.3). */
	public static final String ADMIN = "crm_admin";

	private CrmRoles() {
	}
}
