package org.casekeep.crm.outreach;

/**
 * The counts of one place: stakeholders recorded there (individuals by their work address, organizations by theirs),
 * interactions with its individuals over the period, and how many of its individuals those interactions reached.
 */
public record OutreachCounts(long individuals, long organizations, long interactions, long engagedIndividuals) {

	static final OutreachCounts NONE = new OutreachCounts(0, 0, 0, 0);

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
				interactions + other.interactions, engagedIndividuals + other.engagedIndividuals);
	}
}
