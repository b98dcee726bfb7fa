package org.casekeep.crm.individuals;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.casekeep.crm.stakeholder.IssueCatalog;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.values.AddressDraft;
import org.casekeep.kernel.values.EmailAddress;
import org.casekeep.kernel.values.InvalidValueException;
import org.casekeep.kernel.values.PersonName;
import org.casekeep.kernel.values.PhoneNumber;
import org.casekeep.kernel.values.PostalAddress;
import org.jspecify.annotations.Nullable;

/** The validated, normalised values of an {@link IndividualDraft}. */
record IndividualValues(@Nullable String salutation, String firstName, String lastName, @Nullable String title,
		@Nullable UUID organizationId, @Nullable String organizationName, @Nullable PhoneNumber workPhone,
		@Nullable PhoneNumber cellPhone, @Nullable String email, @Nullable PostalAddress address, List<String> issues,
		List<String> interests, @Nullable String notes, boolean researchContactAllowed,
		@Nullable LocalDate researchNoticeGivenOn) {

	static final int NOTES_MAX = 4000;

	/**
	 * @param kept the issues the individual already has (a retired one may stay).
	 * @throws org.casekeep.kernel.validation.InvalidInputException naming every field that cannot be accepted.
	 */
	static IndividualValues of(IndividualDraft draft, LocalDate today, IssueCatalog catalog, List<String> kept) {
		InputCheck check = new InputCheck();
		String salutation = check.text("salutation", draft.salutation(), "Salutation", 20);
		PersonName name = name(check, draft.firstName(), draft.lastName());
		String title = check.text("title", draft.title(), "Title", 200);
		String organizationName = check.text("organizationName", draft.organizationName(), "Organization", 200);
		PhoneNumber workPhone = check.optional("workPhone", draft.workPhone(), PhoneNumber::of);
		PhoneNumber cellPhone = check.optional("cellPhone", draft.cellPhone(), PhoneNumber::of);
		String email = check.optional("email", draft.email(), raw -> EmailAddress.of(raw).value());
		PostalAddress address = AddressDraft.parse(check, draft.address());
		List<String> interests = new ArrayList<>();
		if (draft.interests() != null) {
			for (String interest : draft.interests()) {
				String value = check.text("interests", interest, "Each interest", 100);
				if (value != null && !interests.contains(value)) {
					interests.add(value);
				}
			}
		}
		if (interests.size() > 20) {
			check.reject("interests", "At most 20 interests");
		}
		List<String> issues = catalog.accept(check, "issues", draft.issues(), kept);
		String notes = check.text("notes", draft.notes(), "Notes", NOTES_MAX);
		// Customer research PIA, "Recruiting Participants": only a notice that says so allows research contact, so
		// anything but an explicit yes is no, and a yes names the day of the notice it rests on.
		boolean research = Boolean.TRUE.equals(draft.researchContactAllowed());
		LocalDate noticeOn = check.optional("researchNoticeGivenOn", draft.researchNoticeGivenOn(),
				raw -> noticeDay(raw, today));
		if (research && (draft.researchNoticeGivenOn() == null || draft.researchNoticeGivenOn().isBlank())) {
			check.reject("researchNoticeGivenOn", "Enter the day the person was given the notice that allows "
					+ "contact for research");
		}
		check.throwIfInvalid();
		return new IndividualValues(salutation, name.given(), name.family(), title, draft.organizationId(),
				organizationName, workPhone, cellPhone, email, address, issues,
				List.copyOf(interests), notes, research, noticeOn);
	}

	private static LocalDate noticeDay(String raw, LocalDate today) {
		LocalDate day;
		try {
			day = LocalDate.parse(raw);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("Enter the day of the notice as YYYY-MM-DD");
		}
		if (day.isAfter(today)) {
			throw new IllegalArgumentException("The day of the notice cannot be in the future");
		}
		return day;
	}

	private static @Nullable PersonName name(InputCheck check, @Nullable String first, @Nullable String last) {
		boolean missing = false;
		if (first == null || first.isBlank()) {
			check.reject("firstName", "First name is required");
			missing = true;
		}
		if (last == null || last.isBlank()) {
			check.reject("lastName", "Last name is required");
			missing = true;
		}
		if (missing) {
			return null;
		}
		try {
			return PersonName.of(first, last);
		}
		catch (InvalidValueException ex) {
			check.reject("family".equals(ex.field()) ? "lastName" : "firstName", ex.getMessage()
				.replace("Given name", "First name").replace("Family name", "Last name"));
			return null;
		}
	}
}
