package org.casekeep.crm.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The organization form as typed on the page. */
public class OrganizationForm {

	private @Nullable String name;
	private @Nullable String street1;
	private @Nullable String street2;
	private @Nullable String city;
	private @Nullable String state;
	private @Nullable String zip;
	private @Nullable String officePhone;
	private List<String> issues = new ArrayList<>();
	private @Nullable String dhsGroups;
	private @Nullable Long version;

	public @Nullable String getName() { return name; }
	public void setName(@Nullable String name) { this.name = name; }
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
	public @Nullable String getOfficePhone() { return officePhone; }
	public void setOfficePhone(@Nullable String officePhone) { this.officePhone = officePhone; }
	public List<String> getIssues() { return issues; }
	public void setIssues(@Nullable List<String> issues) { this.issues = issues == null ? new ArrayList<>() : issues; }
	public @Nullable String getDhsGroups() { return dhsGroups; }
	public void setDhsGroups(@Nullable String dhsGroups) { this.dhsGroups = dhsGroups; }
	public @Nullable Long getVersion() { return version; }
	public void setVersion(@Nullable Long version) { this.version = version; }
}
