package org.casekeep.crm.individuals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.kernel.pii.ReleasedAs;
import org.casekeep.kernel.values.PhoneNumber;
import org.casekeep.kernel.values.PostalAddress;
import org.jspecify.annotations.Nullable;

/**
 * An individual in search results: what a caller needs to reach the person and whom to ask about them (work phone,
 * organization, owner and owning component), all of it what every CRM user may see (PIA 4.1), nothing restricted.
 * Released through the kernel's guard like the full view.
 *
 * @param workPhone the work phone as shown, e.g. {@code +1 202-555-0143 ext. 12}.
 * @param ownerUsername the user who owns the record.
 */
@ReleasedAs(Stakeholder.INDIVIDUAL)
public record IndividualSummary(UUID id, String firstName, String lastName, @Nullable String title,
		@Nullable String organizationName, @Nullable String workPhone, @Nullable PostalAddress address,
		List<String> issues, String owningComponent, String ownerUsername, @Nullable Instant lastContactedAt) {

	static IndividualSummary of(Individual i) {
		return new IndividualSummary(i.getId(), i.getFirstName(), i.getLastName(), i.getTitle(),
				i.getOrganizationName(), PhoneNumber.shown(i.getWorkPhone()), i.getAddress(), i.getIssues(),
				i.getOwningComponent(), i.getOwnerUsername(), i.getLastContactedAt());
	}

	public String displayName() {
		return firstName + " " + lastName;
	}
}
