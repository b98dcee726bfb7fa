package org.casekeep.crm.organizations;

import java.util.List;

import org.casekeep.crm.stakeholder.Issue;
import org.casekeep.kernel.values.AddressDraft;
import org.jspecify.annotations.Nullable;

/**
 * What a user submits to create or change an organization, as typed.
 *
 * @param address the organization's address; {@literal null} or all parts empty for none.
 * @param version the version the user edited, for updates; a stale version is refused with a conflict.
 */
public record OrganizationDraft(@Nullable String name, @Nullable AddressDraft address, @Nullable String officePhone,
		@Nullable List<Issue> issues, @Nullable List<String> dhsGroups, @Nullable Long version) {
}
