package org.casekeep.crm;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.kernel.pii.ReleasedAs;
import org.jspecify.annotations.Nullable;

/**
 * An individual as it leaves the CRM (API, pages). Released through the kernel's guard, so restricted fields hold
 * a mask for viewers who may not see them and {@code maskedFields} names them.
 *
 * @param warnings notes-content warnings from the last save (PIA 1.1, 1.7); empty on reads.
 */
@ReleasedAs(Individual.RECORD_TYPE)
public record IndividualView(UUID id, @Nullable String salutation, String firstName, String lastName,
		@Nullable String title, @Nullable UUID organizationId, @Nullable String organizationName,
		@Nullable String workPhone, @Nullable String cellPhone, @Nullable String email, @Nullable String street1,
		@Nullable String street2, @Nullable String city, @Nullable String state, @Nullable String zip,
		List<String> issues, List<String> interests, @Nullable String notes, String owningComponent,
		String ownerUsername, @Nullable Instant lastContactedAt, Instant createdAt, Instant updatedAt, long version,
		Set<String> maskedFields, List<String> warnings) {

	public String displayName() {
		return (salutation == null ? "" : salutation + " ") + firstName + " " + lastName;
	}

	public List<String> issueLabels() {
		return issues.stream().map(name -> Issue.valueOf(name).getLabel()).toList();
	}

	IndividualView withWarnings(List<String> newWarnings) {
		return new IndividualView(id, salutation, firstName, lastName, title, organizationId, organizationName,
				workPhone, cellPhone, email, street1, street2, city, state, zip, issues, interests, notes,
				owningComponent, ownerUsername, lastContactedAt, createdAt, updatedAt, version, maskedFields,
				List.copyOf(newWarnings));
	}
}
