package org.casekeep.detention.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.casekeep.detention.complaint.ComplaintDraft;
import org.jspecify.annotations.Nullable;

/**
 * The intake page's form, as staff type a complaint from a paper form, letter, e-mail, fax or call (PIA 2.2). Lists
 * (aliases, citizenships) are typed one a line; the detention history has {@value #STAYS} rows. Becomes a
 * {@link ComplaintDraft}, which is checked as the API's is.
 */
public class ComplaintForm {

	static final int STAYS = 3;

	/** One row of the detention history. */
	public static class StayForm {

		private @Nullable String facility;
		private @Nullable String detainedFrom;
		private @Nullable String detainedTo;

		public @Nullable String getFacility() { return facility; }
		public void setFacility(@Nullable String facility) { this.facility = facility; }
		public @Nullable String getDetainedFrom() { return detainedFrom; }
		public void setDetainedFrom(@Nullable String detainedFrom) { this.detainedFrom = detainedFrom; }
		public @Nullable String getDetainedTo() { return detainedTo; }
		public void setDetainedTo(@Nullable String detainedTo) { this.detainedTo = detainedTo; }

		ComplaintDraft.StayDraft toDraft() {
			return new ComplaintDraft.StayDraft(facility, detainedFrom, detainedTo);
		}
	}
	private @Nullable String channel;
	private @Nullable String receivedOn;
	private @Nullable String paperOriginalDestroyedOn;
	private @Nullable String submitterRole;
	private @Nullable String submitterName;
	private @Nullable String submitterAliases;
	private @Nullable String submitterMailingAddress;
	private @Nullable String submitterEmail;
	private @Nullable String submitterPhone;
	private @Nullable String submitterFax;
	private @Nullable String submitterOrganization;
	private @Nullable String detaineeName;
	private @Nullable String detaineeAliases;
	private @Nullable String aNumber;
	private @Nullable String detaineeMailingAddress;
	private @Nullable String detaineeEmail;
	private @Nullable String detaineePhone;
	private @Nullable String sex;
	private @Nullable String transgenderStatus;
	private @Nullable String dateOfBirth;
	private @Nullable String countryOfBirth;
	private @Nullable String citizenships;
	private @Nullable String incidentDate;
	private @Nullable String description;
	private @Nullable String otherCategory;
	private @Nullable String subjectOfInquiry;
	private @Nullable String otherFamilyMembers;
	private @Nullable String priorActions;
	private @Nullable String designatedRepresentative;
	private @Nullable String verificationSignedBy;
	private @Nullable String verificationSignedOn;
	private boolean anonymous;
	/** Whether staff were shown the SPII findings of the description and chose whether to redact them. */
	private boolean identifiersReviewed;
	private boolean redactUnsolicitedIdentifiers;
	private boolean consentToInvestigate;
	private boolean consentToRepresentative;
	private List<String> categories = new ArrayList<>();
	private List<StayForm> stays = new ArrayList<>();

	public ComplaintForm() {
		for (int i = 0; i < STAYS; i++) {
			stays.add(new StayForm());
		}
	}

	public @Nullable String getChannel() { return channel; }
	public void setChannel(@Nullable String channel) { this.channel = channel; }
	public @Nullable String getReceivedOn() { return receivedOn; }
	public void setReceivedOn(@Nullable String receivedOn) { this.receivedOn = receivedOn; }
	public @Nullable String getPaperOriginalDestroyedOn() { return paperOriginalDestroyedOn; }
	public void setPaperOriginalDestroyedOn(@Nullable String paperOriginalDestroyedOn) { this.paperOriginalDestroyedOn = paperOriginalDestroyedOn; }
	public @Nullable String getSubmitterRole() { return submitterRole; }
	public void setSubmitterRole(@Nullable String submitterRole) { this.submitterRole = submitterRole; }
	public @Nullable String getSubmitterName() { return submitterName; }
	public void setSubmitterName(@Nullable String submitterName) { this.submitterName = submitterName; }
	public @Nullable String getSubmitterAliases() { return submitterAliases; }
	public void setSubmitterAliases(@Nullable String submitterAliases) { this.submitterAliases = submitterAliases; }
	public @Nullable String getSubmitterMailingAddress() { return submitterMailingAddress; }
	public void setSubmitterMailingAddress(@Nullable String submitterMailingAddress) { this.submitterMailingAddress = submitterMailingAddress; }
	public @Nullable String getSubmitterEmail() { return submitterEmail; }
	public void setSubmitterEmail(@Nullable String submitterEmail) { this.submitterEmail = submitterEmail; }
	public @Nullable String getSubmitterPhone() { return submitterPhone; }
	public void setSubmitterPhone(@Nullable String submitterPhone) { this.submitterPhone = submitterPhone; }
	public @Nullable String getSubmitterFax() { return submitterFax; }
	public void setSubmitterFax(@Nullable String submitterFax) { this.submitterFax = submitterFax; }
	public @Nullable String getSubmitterOrganization() { return submitterOrganization; }
	public void setSubmitterOrganization(@Nullable String submitterOrganization) { this.submitterOrganization = submitterOrganization; }
	public @Nullable String getDetaineeName() { return detaineeName; }
	public void setDetaineeName(@Nullable String detaineeName) { this.detaineeName = detaineeName; }
	public @Nullable String getDetaineeAliases() { return detaineeAliases; }
	public void setDetaineeAliases(@Nullable String detaineeAliases) { this.detaineeAliases = detaineeAliases; }
	public @Nullable String getANumber() { return aNumber; }
	public void setANumber(@Nullable String aNumber) { this.aNumber = aNumber; }
	public @Nullable String getDetaineeMailingAddress() { return detaineeMailingAddress; }
	public void setDetaineeMailingAddress(@Nullable String detaineeMailingAddress) { this.detaineeMailingAddress = detaineeMailingAddress; }
	public @Nullable String getDetaineeEmail() { return detaineeEmail; }
	public void setDetaineeEmail(@Nullable String detaineeEmail) { this.detaineeEmail = detaineeEmail; }
	public @Nullable String getDetaineePhone() { return detaineePhone; }
	public void setDetaineePhone(@Nullable String detaineePhone) { this.detaineePhone = detaineePhone; }
	public @Nullable String getSex() { return sex; }
	public void setSex(@Nullable String sex) { this.sex = sex; }
	public @Nullable String getTransgenderStatus() { return transgenderStatus; }
	public void setTransgenderStatus(@Nullable String transgenderStatus) { this.transgenderStatus = transgenderStatus; }
	public @Nullable String getDateOfBirth() { return dateOfBirth; }
	public void setDateOfBirth(@Nullable String dateOfBirth) { this.dateOfBirth = dateOfBirth; }
	public @Nullable String getCountryOfBirth() { return countryOfBirth; }
	public void setCountryOfBirth(@Nullable String countryOfBirth) { this.countryOfBirth = countryOfBirth; }
	public @Nullable String getCitizenships() { return citizenships; }
	public void setCitizenships(@Nullable String citizenships) { this.citizenships = citizenships; }
	public @Nullable String getIncidentDate() { return incidentDate; }
	public void setIncidentDate(@Nullable String incidentDate) { this.incidentDate = incidentDate; }
	public @Nullable String getDescription() { return description; }
	public void setDescription(@Nullable String description) { this.description = description; }
	public @Nullable String getOtherCategory() { return otherCategory; }
	public void setOtherCategory(@Nullable String otherCategory) { this.otherCategory = otherCategory; }
	public @Nullable String getSubjectOfInquiry() { return subjectOfInquiry; }
	public void setSubjectOfInquiry(@Nullable String subjectOfInquiry) { this.subjectOfInquiry = subjectOfInquiry; }
	public @Nullable String getOtherFamilyMembers() { return otherFamilyMembers; }
	public void setOtherFamilyMembers(@Nullable String otherFamilyMembers) { this.otherFamilyMembers = otherFamilyMembers; }
	public @Nullable String getPriorActions() { return priorActions; }
	public void setPriorActions(@Nullable String priorActions) { this.priorActions = priorActions; }
	public @Nullable String getDesignatedRepresentative() { return designatedRepresentative; }
	public void setDesignatedRepresentative(@Nullable String designatedRepresentative) { this.designatedRepresentative = designatedRepresentative; }
	public @Nullable String getVerificationSignedBy() { return verificationSignedBy; }
	public void setVerificationSignedBy(@Nullable String verificationSignedBy) { this.verificationSignedBy = verificationSignedBy; }
	public @Nullable String getVerificationSignedOn() { return verificationSignedOn; }
	public void setVerificationSignedOn(@Nullable String verificationSignedOn) { this.verificationSignedOn = verificationSignedOn; }
	public boolean isIdentifiersReviewed() { return identifiersReviewed; }
	public void setIdentifiersReviewed(boolean identifiersReviewed) { this.identifiersReviewed = identifiersReviewed; }
	public boolean isAnonymous() { return anonymous; }
	public void setAnonymous(boolean anonymous) { this.anonymous = anonymous; }
	public boolean isRedactUnsolicitedIdentifiers() { return redactUnsolicitedIdentifiers; }
	public void setRedactUnsolicitedIdentifiers(boolean redactUnsolicitedIdentifiers) { this.redactUnsolicitedIdentifiers = redactUnsolicitedIdentifiers; }
	public boolean isConsentToInvestigate() { return consentToInvestigate; }
	public void setConsentToInvestigate(boolean consentToInvestigate) { this.consentToInvestigate = consentToInvestigate; }
	public boolean isConsentToRepresentative() { return consentToRepresentative; }
	public void setConsentToRepresentative(boolean consentToRepresentative) { this.consentToRepresentative = consentToRepresentative; }
	public List<String> getCategories() { return categories; }
	public void setCategories(@Nullable List<String> categories) { this.categories = categories == null ? new ArrayList<>() : categories; }
	public List<StayForm> getStays() { return stays; }
	public void setStays(List<StayForm> stays) { this.stays = stays; }

	ComplaintDraft toDraft() {
		return new ComplaintDraft(channel, receivedOn, paperOriginalDestroyedOn, anonymous, submitterRole, submitterName,
				lines(submitterAliases), submitterMailingAddress, submitterEmail, submitterPhone, submitterFax,
				submitterOrganization, detaineeName, lines(detaineeAliases), aNumber, detaineeMailingAddress,
				detaineeEmail, detaineePhone, sex, transgenderStatus, dateOfBirth, countryOfBirth, lines(citizenships),
				stays.stream().map(StayForm::toDraft).toList(), incidentDate, description, redactUnsolicitedIdentifiers,
				List.copyOf(categories), otherCategory, subjectOfInquiry, otherFamilyMembers, priorActions,
				consentToInvestigate, consentToRepresentative, designatedRepresentative, verificationSignedBy,
				verificationSignedOn);
	}

	/** One entry a line; blank lines left out. */
	private static List<String> lines(@Nullable String text) {
		return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
