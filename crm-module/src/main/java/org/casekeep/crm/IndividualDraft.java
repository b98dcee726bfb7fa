package org.casekeep.crm;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a user submits to create or change an individual, as typed. {@link StakeholderDirectory} validates and
 * normalises it (names every field it rejects) before anything is written.
 *
 * @param version the version the user edited, for updates; a stale version is refused with a conflict.
 */
public record IndividualDraft(@Nullable String salutation, @Nullable String firstName, @Nullable String lastName,
		@Nullable String title, @Nullable UUID organizationId, @Nullable String organizationName,
		@Nullable String workPhone, @Nullable String cellPhone, @Nullable String email, @Nullable String street1,
		@Nullable String street2, @Nullable String city, @Nullable String state, @Nullable String zip,
		@Nullable List<Issue> issues, @Nullable List<String> interests, @Nullable String notes,
		@Nullable Long version) {
}
