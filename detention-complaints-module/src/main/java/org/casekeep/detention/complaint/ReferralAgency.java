package org.casekeep.detention.complaint;

/**
 * Where a complaint outside OIDO's purview, or one OIDO does not investigate, is referred (PIA overview footnote 3,
 * 6.1).
 */
public enum ReferralAgency {
	OIG("DHS Office of Inspector General"),
	USCIS("U.S. Citizenship and Immigration Services"),
	CRCL("DHS Office for Civil Rights and Civil Liberties"),
	JUSTICE("Department of Justice"),
	STATE("Department of State"),
	HHS_ORR("HHS Office of Refugee Resettlement"),
	MARSHALS("U.S. Marshals Service"),
	STATE_LOCAL("State or local government"),
	FACILITY("The detention facility");

	private final String label;

	ReferralAgency(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether the agency is outside DHS, so that sharing with it needs a manager's approval first (PIA 6.4). */
	public boolean outsideDepartment() {
		return this == JUSTICE || this == STATE || this == HHS_ORR || this == MARSHALS || this == STATE_LOCAL
				|| this == FACILITY;
	}
}
