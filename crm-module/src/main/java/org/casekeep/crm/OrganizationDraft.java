package org.casekeep.crm;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What a user submits to create or change an organization, as typed. */
public record OrganizationDraft(@Nullable String name, @Nullable String street1, @Nullable String street2,
		@Nullable String city, @Nullable String state, @Nullable String zip, @Nullable String officePhone,
		@Nullable List<Issue> issues, @Nullable List<String> dhsGroups, @Nullable Long version) {
}
