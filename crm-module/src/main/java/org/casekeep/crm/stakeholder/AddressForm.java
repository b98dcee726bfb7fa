package org.casekeep.crm.stakeholder;

import org.jspecify.annotations.Nullable;

/**
 * The address part of a stakeholder form as typed, bound as {@code address.street1} ... {@code address.zip} (a
 * mutable bean, so that Spring MVC can bind the nested fields).
 */
public class AddressForm {

	private @Nullable String street1;
	private @Nullable String street2;
	private @Nullable String city;
	private @Nullable String state;
	private @Nullable String zip;

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
