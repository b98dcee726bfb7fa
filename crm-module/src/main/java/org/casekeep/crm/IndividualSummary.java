package org.casekeep.crm;

import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.pii.ReleasedAs;
import org.jspecify.annotations.Nullable;

/** An individual in search results: what every CRM user may see (PIA 4.1), nothing restricted. */
@ReleasedAs(Individual.RECORD_TYPE)
public record IndividualSummary(UUID id, String firstName, String lastName, @Nullable String title,
		@Nullable String organizationName, @Nullable String state, List<String> issues, String owningComponent) {

	public String displayName() {
		return firstName + " " + lastName;
	}

	public List<String> issueLabels() {
		return issues.stream().map(name -> Issue.valueOf(name).getLabel()).toList();
	}
}
