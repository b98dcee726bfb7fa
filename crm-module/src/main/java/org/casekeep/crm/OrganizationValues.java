package org.casekeep.crm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.values.InvalidValueException;
import org.casekeep.kernel.values.PhoneNumber;
import org.casekeep.kernel.values.PostalAddress;
import org.jspecify.annotations.Nullable;

/** The validated, normalised values of an {@link OrganizationDraft}. */
record OrganizationValues(String name, @Nullable String street1, @Nullable String street2, @Nullable String city,
		@Nullable String state, @Nullable String zip, @Nullable String officePhone, List<Issue> issues,
		List<String> dhsGroups) {

	static OrganizationValues of(OrganizationDraft draft) {
		InputCheck check = new InputCheck();
		String name = check.required("name", draft.name(), "Organization name", raw -> {
			if (raw.length() > 200) {
				throw new IllegalArgumentException("Organization name must be at most 200 characters");
			}
			return raw;
		});
		String phone = check.optional("officePhone", draft.officePhone(), raw -> PhoneNumber.of(raw).international());
		PostalAddress address = null;
		if (!blank(draft.street1()) || !blank(draft.street2()) || !blank(draft.city()) || !blank(draft.state())
				|| !blank(draft.zip())) {
			try {
				address = PostalAddress.of(draft.street1(), draft.street2(), draft.city(), draft.state(), draft.zip());
			}
			catch (InvalidValueException ex) {
				check.reject(ex.field() == null ? "street1" : ex.field(), ex.getMessage());
			}
		}
		List<String> groups = new ArrayList<>();
		if (draft.dhsGroups() != null) {
			for (String group : draft.dhsGroups()) {
				String value = check.text("dhsGroups", group, "Each DHS group", 100);
				if (value != null && !groups.contains(value)) {
					groups.add(value);
				}
			}
		}
		check.throwIfInvalid();
		List<Issue> issues = draft.issues() == null ? List.of()
				: List.copyOf(new LinkedHashSet<>(draft.issues().stream().filter(java.util.Objects::nonNull).toList()));
		return new OrganizationValues(name, address == null ? null : address.street1(),
				address == null ? null : address.street2(), address == null ? null : address.city(),
				address == null ? null : address.state().code(), address == null ? null : address.zip(), phone, issues,
				List.copyOf(groups));
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}
}
