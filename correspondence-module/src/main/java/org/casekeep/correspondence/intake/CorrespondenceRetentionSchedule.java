package org.casekeep.correspondence.intake;

/**
 * The retention schedules a piece of correspondence may be filed under at intake (PIA 5.1 and its appendix tools).
 * The codes are the kernel's schedule codes.
 */
public enum CorrespondenceRetentionSchedule {

	N1_563_07_001("Executive Secretariat correspondence (N1-563-07-001, 10 years after the cut-off of the fiscal year it was received in)"),
	GRS_4_1_010("Tracking and control record (GRS 4.1 item 010, one year after closure)"),
	GRS_5_2_010("Transitory record (GRS 5.2 item 010)"),
	OCC_PMT("Counsel case file (OCC-PMT, 6 months after the final decision)"),
	LETS_5Y("Recognition and accreditation (LETS, N1-85-91-01, 5 years after creation)"),
	PERMANENT_UNTIL_SCHEDULED("Permanent record, kept until a schedule is approved");

	/** Whether records review marked the record permanent rather than temporary. */
	public boolean permanent() {
		return this == PERMANENT_UNTIL_SCHEDULED;
	}

	private final String label;

	CorrespondenceRetentionSchedule(String label) {
		this.label = label;
	}

	public String getLabel() {
		return label;
	}
}
