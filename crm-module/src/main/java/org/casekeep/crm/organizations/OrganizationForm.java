package org.casekeep.crm.organizations;

import java.util.ArrayList;
import java.util.List;

import org.casekeep.kernel.web.AddressForm;
import org.jspecify.annotations.Nullable;

/** The organization form as typed on the page (bound by Spring MVC, so a mutable bean). */
class OrganizationForm {

	private @Nullable String name;
	private AddressForm address = new AddressForm();
	private @Nullable String officePhone;
	private List<String> issues = new ArrayList<>();
	private @Nullable String dhsGroups;
	private @Nullable Long version;

	public @Nullable String getName() { return name; }
	public void setName(@Nullable String name) { this.name = name; }
	public AddressForm getAddress() { return address; }
	public void setAddress(@Nullable AddressForm address) { this.address = address == null ? new AddressForm() : address; }
	public @Nullable String getOfficePhone() { return officePhone; }
	public void setOfficePhone(@Nullable String officePhone) { this.officePhone = officePhone; }
	public List<String> getIssues() { return issues; }
	public void setIssues(@Nullable List<String> issues) { this.issues = issues == null ? new ArrayList<>() : issues; }
	public @Nullable String getDhsGroups() { return dhsGroups; }
	public void setDhsGroups(@Nullable String dhsGroups) { this.dhsGroups = dhsGroups; }
	public @Nullable Long getVersion() { return version; }
	public void setVersion(@Nullable Long version) { this.version = version; }
}
