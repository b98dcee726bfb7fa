package org.casekeep.crm.organizations;

import java.time.Instant;
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
 * An organization as it leaves the CRM (API, pages), released through the kernel's guard like an individual.
 *
 * @param officePhone the office phone as shown, e.g. {@code +1 512-555-0100}.
 * @param issues the codes of the issues (labelled by {@link org.casekeep.crm.stakeholder.IssueCatalog}).
 * @param lastContactedAt the most recent contact (an event attended, correspondence, an interaction), from which the
 * year of CRM PIA 3.2 runs; {@literal null} if never contacted.
 */
@ReleasedAs(Stakeholder.ORGANIZATION)
public record OrganizationView(UUID id, String name, @Nullable PostalAddress address, @Nullable String officePhone,
		List<String> issues, List<String> dhsGroups, String owningComponent, String ownerUsername,
		@Nullable Instant lastContactedAt, Instant createdAt, Instant updatedAt, long version, Set<String> maskedFields) implements StakeholderDirectory.View {

	static OrganizationView of(Organization o) {
		return new OrganizationView(o.getId(), o.getName(), o.getAddress(),
				PhoneNumber.shown(o.getOfficePhone()), o.getIssues(),
				o.getDhsGroups(), o.getOwningComponent(), o.getOwnerUsername(), o.getLastContactedAt(), o.getCreatedAt(),
				o.getUpdatedAt(),
				o.getVersion(), Set.of());
	}
}
