package org.casekeep.kernel.values;

import org.casekeep.kernel.validation.InputCheck;
import org.jspecify.annotations.Nullable;

/**
 * A U.S. mailing address as typed into a form or a request body ({@code address: {street1, street2, city, state,
 * zip}}), before it becomes a {@link PostalAddress}: all parts empty means no address. Every module that takes an
 * address in uses it, so that an address is typed, named and refused the same way everywhere.
 *
 * @param state the USPS code or name of the state, as {@link UsState#of(String)} accepts it.
 */
public record AddressDraft(@Nullable String street1, @Nullable String street2, @Nullable String city,
		@Nullable String state, @Nullable String zip) {

	/** The name of the field that holds an address, in drafts, forms, views and the problems named. */
	public static final String FIELD = "address";

	/**
	 * The address typed, or {@literal null} if nothing was typed. A rejected part is recorded in {@code check} as
	 * {@code address.street1}, {@code address.street2}, {@code address.city}, {@code address.state} or
	 * {@code address.zip}, with the message of {@link PostalAddress}.
	 *
	 * @param check where problems are collected, must not be {@literal null}.
	 * @param draft the address as typed, may be {@literal null}.
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
