package org.casekeep.kernel.web;

import java.util.Arrays;
import java.util.List;

import org.casekeep.kernel.values.AddressDraft;
import org.casekeep.kernel.values.UsState;
import org.jspecify.annotations.Nullable;

/**
 * The address part of a page's form as typed, bound as {@code address.street1} ... {@code address.zip} and rendered
 * by the shell's fragment {@code layout :: address-fieldset} (a mutable bean, so that Spring MVC can bind the nested
 * fields). A page that shows the fieldset puts {@link #STATES} into its model as {@code stateOptions}.
 */
public class AddressForm {

	/** The states, territories and military posts the fieldset offers: the USPS code, then the name. */
	public static final List<Option> STATES = Arrays.stream(UsState.values())
		.map(state -> new Option(state.code(), state.code() + " – " + state.fullName()))
		.toList();

	private @Nullable String street1;
	private @Nullable String street2;
	private @Nullable String city;
	private @Nullable String state;
	private @Nullable String zip;

	/** The address as typed, for the module's draft. */
	public AddressDraft toDraft() {
		return new AddressDraft(street1, street2, city, state, zip);
	}

	public @Nullable String getStreet1() { return street1; }
	public void setStreet1(@Nullable String street1) { this.street1 = street1; }
	public @Nullable String getStreet2() { return street2; }
	public void setStreet2(@Nullable String street2) { this.street2 = street2; }
	public @Nullable String getCity() { return city; }
	public void setCity(@Nullable String city) { this.city = city; }
	public @Nullable String getState() { return state; }
	public void setState(@Nullable String state) { this.state = state; }
	public @Nullable String getZip() { return zip; }
	public void setZip(@Nullable String zip) { this.zip = zip; }
}
