package org.casekeep.crm.organizations;

import java.util.ArrayList;
import java.util.List;

import org.casekeep.crm.stakeholder.IssueCatalog;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.values.AddressDraft;
import org.casekeep.kernel.values.PhoneNumber;
import org.casekeep.kernel.values.PostalAddress;
import org.jspecify.annotations.Nullable;

/** The validated, normalised values of an {@link OrganizationDraft}. */
record OrganizationValues(String name, @Nullable PostalAddress address, @Nullable PhoneNumber officePhone,
		List<String> issues, List<String> dhsGroups) {

	/**
	 * @param kept the issues the organization already has (a retired one may stay).
	 * @throws org.casekeep.kernel.validation.InvalidInputException naming every field that cannot be accepted.
	 */
	static OrganizationValues of(OrganizationDraft draft, IssueCatalog catalog, List<String> kept) {
		InputCheck check = new InputCheck();
		String name = check.requiredText("name", draft.name(), "Organization name", 200);
		PhoneNumber phone = check.optional("officePhone", draft.officePhone(), PhoneNumber::of);
		PostalAddress address = AddressDraft.parse(check, draft.address());
		List<String> groups = new ArrayList<>();
		if (draft.dhsGroups() != null) {
			for (String group : draft.dhsGroups()) {
				String value = check.text("dhsGroups", group, "Each DHS group", 100);
				if (value != null && !groups.contains(value)) {
					groups.add(value);
				}
			}
		}
		List<String> issues = catalog.accept(check, "issues", draft.issues(), kept);
		check.throwIfInvalid();
		return new OrganizationValues(name, address, phone, issues, List.copyOf(groups));
	}
}
