package org.casekeep.crm.outreach;

/**
 * The counts of one place: stakeholders recorded there (individuals by their work address, organizations by theirs)
 * and interactions with its individuals over the period.
 */
public record OutreachCounts(long individuals, long organizations, long interactions) {

	static final OutreachCounts NONE = new OutreachCounts(0, 0, 0);

	/** Individuals and organizations. */
	public long stakeholders() {
		return individuals + organizations;
	}

	/** Whether DHS has no stakeholder there. */
	public boolean nobody() {
		return stakeholders() == 0;
	}

	OutreachCounts plus(OutreachCounts other) {
		return new OutreachCounts(individuals + other.individuals, organizations + other.organizations,
				interactions + other.interactions);
	}
}
