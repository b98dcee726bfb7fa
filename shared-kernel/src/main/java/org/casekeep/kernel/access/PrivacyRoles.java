package org.casekeep.kernel.access;

/**
 * The roles of the privacy office and system administration, which the kernel's own services (audit review,
 * retention, the accounting of disclosures) decide on. Each module names its own roles itself.
 */
public final class PrivacyRoles {

	/** A component's privacy office: its own component's audit trail, disclosures and legal holds. */
	public static final String PRIVACY_OFFICER = "privacy_officer";
	/** The Chief Privacy Officer: every component. */
	public static final String CHIEF_PRIVACY_OFFICER = "chief_privacy_officer";
	/** The Information System Security Officer, who reviews the audit trail (CRM PIA 2.4, 8.5). */
	public static final String ISSO = "isso";
	/**
	 * The records officer, who enters the records schedule NARA approved for records kept unscheduled until then
	 * (Detention Ombudsman PIA 1.4, 5.1, 5.2) and follows the archive packages written before removal.
	 */
	public static final String RECORDS_OFFICER = "records_officer";
	/** System administrators. */
	public static final String PLATFORM_ADMIN = "platform_admin";

	private PrivacyRoles() {
	}
}
