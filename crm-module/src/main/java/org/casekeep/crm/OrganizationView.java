package org.casekeep.crm;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An organization as it leaves the CRM. Organizations hold no personal data: nothing is masked. */
public record OrganizationView(UUID id, String name, @Nullable String street1, @Nullable String street2,
		@Nullable String city, @Nullable String state, @Nullable String zip, @Nullable String officePhone,
		List<String> issues, List<String> dhsGroups, String owningComponent, String ownerUsername, Instant createdAt,
		Instant updatedAt, long version) {

	public List<String> issueLabels() {
		return issues.stream().map(name -> Issue.valueOf(name).getLabel()).toList();
	}

	/** Always empty; present so pages treat organizations and individuals alike. */
	public Set<String> maskedFields() {
		return Set.of();
	}
}
