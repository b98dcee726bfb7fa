package org.casekeep.crm.individuals;

import java.util.List;
import java.util.UUID;

import org.casekeep.crm.stakeholder.Issue;
import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.kernel.pii.ReleasedAs;
import org.casekeep.kernel.values.PostalAddress;
import org.jspecify.annotations.Nullable;

/** An individual in search results: what every CRM user may see (PIA 4.1), nothing restricted. */
@ReleasedAs(Stakeholder.INDIVIDUAL)
public record IndividualSummary(UUID id, String firstName, String lastName, @Nullable String title,
		@Nullable String organizationName, @Nullable PostalAddress address, List<String> issues,
		String owningComponent) {

	static IndividualSummary of(Individual i) {
		return new IndividualSummary(i.getId(), i.getFirstName(), i.getLastName(), i.getTitle(),
				i.getOrganizationName(), i.getAddress(), i.getIssues(), i.getOwningComponent());
	}

	public String displayName() {
		return firstName + " " + lastName;
	}

	public List<String> issueLabels() {
		return Issue.labels(issues);
	}
}
