package org.casekeep.correspondence.intake;

import java.util.ArrayList;
import java.util.List;

import org.casekeep.kernel.validation.OneOf;
import org.casekeep.kernel.web.AddressForm;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * The intake form as posted by the page, or as form fields to the API (multipart: fields and files); the address is
 * bound as {@code address.street1} ... {@code address.zip}. A mutable bean, so that Spring MVC can bind it.
 */
class IntakeForm {

	@OneOf(Arrival.Channel.class)
	private @Nullable String channel;
	@OneOf(Arrival.IntakeMethod.class)
	private @Nullable String intakeMethod;
	@OneOf(Arrival.SourceType.class)
	private @Nullable String sourceType;
	private @Nullable String subject;
	private @Nullable String body;
	private @Nullable String receivedAt;
	@OneOf(CorrespondenceRetentionSchedule.class)
	private @Nullable String retentionSchedule;
	private @Nullable String prefix;
	private @Nullable String firstName;
	private @Nullable String middleName;
	private @Nullable String lastName;
	private @Nullable String suffix;
	private @Nullable String title;
	private @Nullable String organization;
	private @Nullable String homePhone;
	private @Nullable String businessPhone;
	private @Nullable String mobilePhone;
	private @Nullable String fax;
	private @Nullable String email;
	private @Nullable String url;
	@OneOf(Correspondence.AddressKind.class)
	private @Nullable String addressKind;
	private AddressForm address = new AddressForm();
	private @Nullable String caseNumber;
	private @Nullable String aNumber;
	private @Nullable String receiptNumber;
	// Assigning it at once (IntakeAssignment): optional.
	private @Nullable String assignAssignees;
	private @Nullable String assignTemplateId;
	private @Nullable String assignBusinessDays = "10";
	private @Nullable String assignType;
	private boolean assignWholeDepartment;
	private List<MultipartFile> files = new ArrayList<>();

	IntakeDraft toDraft() {
		return new IntakeDraft(channel, intakeMethod, sourceType, subject, body, receivedAt, retentionSchedule, prefix,
				firstName, middleName, lastName, suffix, title, organization, homePhone, businessPhone, mobilePhone,
				fax, email, url, addressKind, address.toDraft(), caseNumber, aNumber, receiptNumber);
	}

	public @Nullable String getChannel() { return channel; }
	public void setChannel(@Nullable String channel) { this.channel = channel; }
	public @Nullable String getIntakeMethod() { return intakeMethod; }
	public void setIntakeMethod(@Nullable String intakeMethod) { this.intakeMethod = intakeMethod; }
	public @Nullable String getSourceType() { return sourceType; }
	public void setSourceType(@Nullable String sourceType) { this.sourceType = sourceType; }
	public @Nullable String getSubject() { return subject; }
	public void setSubject(@Nullable String subject) { this.subject = subject; }
	public @Nullable String getBody() { return body; }
	public void setBody(@Nullable String body) { this.body = body; }
	public @Nullable String getReceivedAt() { return receivedAt; }
	public void setReceivedAt(@Nullable String receivedAt) { this.receivedAt = receivedAt; }
	public @Nullable String getRetentionSchedule() { return retentionSchedule; }
	public void setRetentionSchedule(@Nullable String retentionSchedule) { this.retentionSchedule = retentionSchedule; }
	public @Nullable String getPrefix() { return prefix; }
	public void setPrefix(@Nullable String prefix) { this.prefix = prefix; }
	public @Nullable String getFirstName() { return firstName; }
	public void setFirstName(@Nullable String firstName) { this.firstName = firstName; }
	public @Nullable String getMiddleName() { return middleName; }
	public void setMiddleName(@Nullable String middleName) { this.middleName = middleName; }
	public @Nullable String getLastName() { return lastName; }
	public void setLastName(@Nullable String lastName) { this.lastName = lastName; }
	public @Nullable String getSuffix() { return suffix; }
	public void setSuffix(@Nullable String suffix) { this.suffix = suffix; }
	public @Nullable String getTitle() { return title; }
	public void setTitle(@Nullable String title) { this.title = title; }
	public @Nullable String getOrganization() { return organization; }
	public void setOrganization(@Nullable String organization) { this.organization = organization; }
	public @Nullable String getHomePhone() { return homePhone; }
	public void setHomePhone(@Nullable String homePhone) { this.homePhone = homePhone; }
	public @Nullable String getBusinessPhone() { return businessPhone; }
	public void setBusinessPhone(@Nullable String businessPhone) { this.businessPhone = businessPhone; }
	public @Nullable String getMobilePhone() { return mobilePhone; }
	public void setMobilePhone(@Nullable String mobilePhone) { this.mobilePhone = mobilePhone; }
	public @Nullable String getFax() { return fax; }
	public void setFax(@Nullable String fax) { this.fax = fax; }
	public @Nullable String getEmail() { return email; }
	public void setEmail(@Nullable String email) { this.email = email; }
	public @Nullable String getUrl() { return url; }
	public void setUrl(@Nullable String url) { this.url = url; }
	public @Nullable String getAddressKind() { return addressKind; }
	public void setAddressKind(@Nullable String addressKind) { this.addressKind = addressKind; }
	public AddressForm getAddress() { return address; }
	public void setAddress(@Nullable AddressForm address) { this.address = address == null ? new AddressForm() : address; }
	public @Nullable String getCaseNumber() { return caseNumber; }
	public void setCaseNumber(@Nullable String caseNumber) { this.caseNumber = caseNumber; }
	public @Nullable String getaNumber() { return aNumber; }
	public void setaNumber(@Nullable String aNumber) { this.aNumber = aNumber; }
	public @Nullable String getReceiptNumber() { return receiptNumber; }
	public void setReceiptNumber(@Nullable String receiptNumber) { this.receiptNumber = receiptNumber; }
	public @Nullable String getAssignAssignees() { return assignAssignees; }
	public void setAssignAssignees(@Nullable String assignAssignees) { this.assignAssignees = assignAssignees; }
	public @Nullable String getAssignTemplateId() { return assignTemplateId; }
	public void setAssignTemplateId(@Nullable String assignTemplateId) { this.assignTemplateId = assignTemplateId; }
	public @Nullable String getAssignBusinessDays() { return assignBusinessDays; }
	public void setAssignBusinessDays(@Nullable String assignBusinessDays) { this.assignBusinessDays = assignBusinessDays; }
	public @Nullable String getAssignType() { return assignType; }
	public void setAssignType(@Nullable String assignType) { this.assignType = assignType; }
	public boolean isAssignWholeDepartment() { return assignWholeDepartment; }
	public void setAssignWholeDepartment(boolean assignWholeDepartment) { this.assignWholeDepartment = assignWholeDepartment; }

	/** Whom to assign it to at once, as typed; empty when it is to be assigned later. */
	IntakeAssignment.Choice assignment() {
		return new IntakeAssignment.Choice(assignAssignees, assignTemplateId, assignBusinessDays, assignType,
				assignWholeDepartment);
	}

	/** The field of this form a problem of the assignment names. */
	static String assignmentField(String field) {
		return switch (field) {
			case "templateId" -> "assignTemplateId";
			case "businessDays" -> "assignBusinessDays";
			case "type" -> "assignType";
			default -> "assignAssignees";
		};
	}
	public List<MultipartFile> getFiles() { return files; }
	public void setFiles(@Nullable List<MultipartFile> files) { this.files = files == null ? new ArrayList<>() : files; }
}
