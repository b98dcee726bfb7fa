package org.casekeep.crm.individuals;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.kernel.values.AddressDraft;
import org.casekeep.kernel.values.PhoneNumber;
import org.jspecify.annotations.Nullable;

/**
 * What a user submits to create or change an individual, as typed. {@link IndividualDirectory} validates and
 * normalises it (names every field it rejects) before anything is written.
 *
 * @param address the work address; {@literal null} or all parts empty for none.
 * @param issues the codes of the issues, any case ({@link org.casekeep.crm.stakeholder.IssueCatalog}): active ones,
 * or retired ones the individual already has.
 * @param researchContactAllowed whether the notice the person was given allows contact for customer research;
 * {@literal null} is no (fail closed).
 * @param researchNoticeGivenOn the day that notice was given, as an ISO date ({@code 2026-11-20}); required when it
 * allows research contact, not in the future.
 * @param version the version the user edited, for updates; a stale version is refused with a conflict.
 */
public record IndividualDraft(@Nullable String salutation, @Nullable String firstName, @Nullable String lastName,
		@Nullable String title, @Nullable UUID organizationId, @Nullable String organizationName,
		@Nullable String workPhone, @Nullable String cellPhone, @Nullable String email, @Nullable AddressDraft address,
		@Nullable List<String> issues, @Nullable List<String> interests, @Nullable String notes,
		@Nullable Boolean researchContactAllowed, @Nullable String researchNoticeGivenOn, @Nullable Long version) {

	/** A draft that says nothing of research contact, which is so not allowed. */
	public IndividualDraft(@Nullable String salutation, @Nullable String firstName, @Nullable String lastName,
			@Nullable String title, @Nullable UUID organizationId, @Nullable String organizationName,
			@Nullable String workPhone, @Nullable String cellPhone, @Nullable String email,
			@Nullable AddressDraft address, @Nullable List<String> issues, @Nullable List<String> interests,
			@Nullable String notes, @Nullable Long version) {
		this(salutation, firstName, lastName, title, organizationId, organizationName, workPhone, cellPhone, email,
				address, issues, interests, notes, null, null, version);
	}

	/**
	 * A user who may not see a restricted field cannot change it either: what they submit for it (the mask, or
	 * anything else) is replaced by the stored value.
	 */
	IndividualDraft keepingHidden(Set<String> visible, Individual stored) {
		return new IndividualDraft(salutation, firstName, lastName, title, organizationId, organizationName, workPhone,
				visible.contains("cellPhone") ? cellPhone : PhoneNumber.shown(stored.getCellPhone()),
				visible.contains("email") ? email : stored.getEmail(), address, issues, interests, notes,
				researchContactAllowed, researchNoticeGivenOn, version);
	}
}
