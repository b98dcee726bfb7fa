package org.casekeep.crm.individuals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.crm.stakeholder.StakeholderDirectory;
import org.casekeep.kernel.pii.ReleasedAs;
import org.casekeep.kernel.values.PhoneNumber;
import org.casekeep.kernel.values.PostalAddress;
import org.jspecify.annotations.Nullable;

/**
 * An individual as it leaves the CRM (API, pages). Released through the kernel's guard, so restricted fields hold
 * a mask for viewers who may not see them and {@code maskedFields} names them.
 *
 * @param workPhone the work phone as shown, e.g. {@code +1 202-555-0143 ext. 12}.
 * @param cellPhone the cell phone as shown.
 * @param address the work address.
 * @param issues the codes of the issues (labelled by {@link org.casekeep.crm.stakeholder.IssueCatalog}).
 * @param researchContactAllowed whether the notice the person was given allows contact for customer research.
 * @param researchNoticeGivenOn the day that notice was given.
 * @param warnings notes-content warnings from the last save (PIA 1.1, 1.7); empty on reads.
 */
@ReleasedAs(Stakeholder.INDIVIDUAL)
public record IndividualView(UUID id, @Nullable String salutation, String firstName, String lastName,
		@Nullable String title, @Nullable UUID organizationId, @Nullable String organizationName,
		@Nullable String workPhone, @Nullable String cellPhone, @Nullable String email,
		@Nullable PostalAddress address, List<String> issues, List<String> interests, @Nullable String notes,
		boolean researchContactAllowed, @Nullable LocalDate researchNoticeGivenOn, String owningComponent,
		String ownerUsername, @Nullable Instant lastContactedAt, Instant createdAt, Instant updatedAt, long version,
		Set<String> maskedFields, List<String> warnings)
		implements StakeholderDirectory.View {

	static IndividualView of(Individual i) {
		return new IndividualView(i.getId(), i.getSalutation(), i.getFirstName(), i.getLastName(), i.getTitle(),
				i.getOrganizationId(), i.getOrganizationName(), PhoneNumber.shown(i.getWorkPhone()),
				PhoneNumber.shown(i.getCellPhone()), i.getEmail(), i.getAddress(), i.getIssues(), i.getInterests(),
				i.getNotes(), i.isResearchContactAllowed(), i.getResearchNoticeGivenOn(), i.getOwningComponent(),
				i.getOwnerUsername(), i.getLastContactedAt(), i.getCreatedAt(), i.getUpdatedAt(), i.getVersion(),
				Set.of(), List.of());
	}

	public String displayName() {
		return (salutation == null ? "" : salutation + " ") + firstName + " " + lastName;
	}


	IndividualView withWarnings(List<String> newWarnings) {
		return new IndividualView(id, salutation, firstName, lastName, title, organizationId, organizationName,
				workPhone, cellPhone, email, address, issues, interests, notes, researchContactAllowed,
				researchNoticeGivenOn, owningComponent, ownerUsername, lastContactedAt, createdAt, updatedAt, version,
				maskedFields, List.copyOf(newWarnings));
	}
}
