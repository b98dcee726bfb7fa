package org.casekeep.crm.individuals;

import java.util.ArrayList;
import java.util.List;

import org.casekeep.kernel.web.AddressForm;
import org.jspecify.annotations.Nullable;

/** The individual form as typed on the page (bound by Spring MVC, so a mutable bean). */
class IndividualForm {

	private @Nullable String salutation;
	private @Nullable String firstName;
	private @Nullable String lastName;
	private @Nullable String title;
	private @Nullable String organizationName;
	private @Nullable String workPhone;
	private @Nullable String cellPhone;
	private @Nullable String email;
	private AddressForm address = new AddressForm();
	private List<String> issues = new ArrayList<>();
	private @Nullable String interests;
	private @Nullable String notes;
	private boolean researchContactAllowed;
	private @Nullable String researchNoticeGivenOn;
	private @Nullable Long version;

	public @Nullable String getSalutation() { return salutation; }
	public void setSalutation(@Nullable String salutation) { this.salutation = salutation; }
	public @Nullable String getFirstName() { return firstName; }
	public void setFirstName(@Nullable String firstName) { this.firstName = firstName; }
	public @Nullable String getLastName() { return lastName; }
	public void setLastName(@Nullable String lastName) { this.lastName = lastName; }
	public @Nullable String getTitle() { return title; }
	public void setTitle(@Nullable String title) { this.title = title; }
	public @Nullable String getOrganizationName() { return organizationName; }
	public void setOrganizationName(@Nullable String organizationName) { this.organizationName = organizationName; }
	public @Nullable String getWorkPhone() { return workPhone; }
	public void setWorkPhone(@Nullable String workPhone) { this.workPhone = workPhone; }
	public @Nullable String getCellPhone() { return cellPhone; }
	public void setCellPhone(@Nullable String cellPhone) { this.cellPhone = cellPhone; }
	public @Nullable String getEmail() { return email; }
	public void setEmail(@Nullable String email) { this.email = email; }
	public AddressForm getAddress() { return address; }
	public void setAddress(@Nullable AddressForm address) { this.address = address == null ? new AddressForm() : address; }
	public List<String> getIssues() { return issues; }
	public void setIssues(@Nullable List<String> issues) { this.issues = issues == null ? new ArrayList<>() : issues; }
	public @Nullable String getInterests() { return interests; }
	public void setInterests(@Nullable String interests) { this.interests = interests; }
	public @Nullable String getNotes() { return notes; }
	public void setNotes(@Nullable String notes) { this.notes = notes; }
	public boolean isResearchContactAllowed() { return researchContactAllowed; }
	public void setResearchContactAllowed(boolean researchContactAllowed) { this.researchContactAllowed = researchContactAllowed; }
	public @Nullable String getResearchNoticeGivenOn() { return researchNoticeGivenOn; }
	public void setResearchNoticeGivenOn(@Nullable String researchNoticeGivenOn) { this.researchNoticeGivenOn = researchNoticeGivenOn; }
	public @Nullable Long getVersion() { return version; }
	public void setVersion(@Nullable Long version) { this.version = version; }
}
