package org.casekeep.crm.stakeholder;

import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.values.InvalidValueException;
import org.casekeep.kernel.values.PostalAddress;
import org.jspecify.annotations.Nullable;

/**
 * A stakeholder's address as typed: all parts empty means no address.
 *
 * @param state the USPS code or name of the state.
 */
public record AddressDraft(@Nullable String street1, @Nullable String street2, @Nullable String city,
		@Nullable String state, @Nullable String zip) {

	/** The name of the field that holds an address, in drafts, forms, views and the problems named. */
	public static final String FIELD = "address";

	/**
	 * The address typed, or {@literal null} if nothing was typed. A rejected part is recorded in {@code check} as
	 * {@code address.street1}, {@code address.city}, {@code address.state} or {@code address.zip}.
	 */
	public static @Nullable PostalAddress parse(InputCheck check, @Nullable AddressDraft draft) {
		if (draft == null || draft.isEmpty()) {
			return null;
		}
		try {
			return PostalAddress.of(draft.street1(), draft.street2(), draft.city(), draft.state(), draft.zip());
		}
		catch (InvalidValueException ex) {
			check.reject(FIELD + "." + (ex.field() == null ? "street1" : ex.field()), ex.getMessage());
			return null;
		}
	}

	private boolean isEmpty() {
		for (String part : new String[] { street1, street2, city, state, zip }) {
			if (part != null && !part.isBlank()) {
				return false;
			}
		}
		return true;
	}
}
