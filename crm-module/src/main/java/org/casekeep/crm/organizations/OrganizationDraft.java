package org.casekeep.crm.organizations;

import java.util.List;

import org.casekeep.kernel.values.AddressDraft;
import org.jspecify.annotations.Nullable;

/**
 * What a user submits to create or change an organization, as typed.
 *
 * @param address the organization's address; {@literal null} or all parts empty for none.
 * @param issues the codes of the issues, any case ({@link org.casekeep.crm.stakeholder.IssueCatalog}): active ones,
 * or retired ones the organization already has.
 * @param version the version the user edited, for updates; a stale version is refused with a conflict.
 */
public record OrganizationDraft(@Nullable String name, @Nullable AddressDraft address, @Nullable String officePhone,
		@Nullable List<String> issues, @Nullable List<String> dhsGroups, @Nullable Long version) {
}
