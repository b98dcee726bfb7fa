package org.casekeep.detention.sharing;

/** Who outside DHS OIDO may share complaint information with (PIA 6.1, 6.3). */
public enum RecipientKind {

	JUSTICE("Department of Justice"),
	STATE("Department of State"),
	HHS_ORR("Department of Health and Human Services, Office of Refugee Resettlement"),
	US_MARSHALS("United States Marshals Service"),
	STATE_OR_LOCAL("State or local law enforcement (a state or local detention facility)"),
	PRIVATE_FACILITY("Private facility under contract for immigration detention");

	private final String label;

	RecipientKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
