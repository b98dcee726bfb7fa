package org.casekeep.detention.complaint;

import java.util.List;

import org.casekeep.kernel.validation.OneOf;
import org.jspecify.annotations.Nullable;

/**
 * A complaint as OIDO staff type it from a form, letter, e-mail, fax or call (PIA 2.2), before it is checked. Texts,
 * so that a wrong value is refused naming its field (422). Only the channel, the day received and the description are
 * required; everything else may be left out (PIA 2.5: not all fields are required), and an anonymous complaint has
 * no submitter (PIA footnote 2).
 *
 * @param redactUnsolicitedIdentifiers whether the unsolicited identifiers the SPII scan finds in the description
 *        (passport and visa numbers among them, PIA 2.1) are to be redacted before it is stored.
 */
public record ComplaintDraft(@OneOf(Channel.class) @Nullable String channel, @Nullable String receivedOn,
		@Nullable String paperOriginalDestroyedOn, @Nullable Boolean anonymous,
		@OneOf(SubmitterRole.class) @Nullable String submitterRole, @Nullable String submitterName,
		@Nullable List<String> submitterAliases, @Nullable String submitterMailingAddress,
		@Nullable String submitterEmail, @Nullable String submitterPhone, @Nullable String submitterFax,
		@Nullable String submitterOrganization, @Nullable String detaineeName, @Nullable List<String> detaineeAliases,
		@Nullable String aNumber, @Nullable String detaineeMailingAddress, @Nullable String detaineeEmail,
		@Nullable String detaineePhone, @OneOf(Sex.class) @Nullable String sex,
		@OneOf(TransgenderStatus.class) @Nullable String transgenderStatus, @Nullable String dateOfBirth,
		@Nullable String countryOfBirth, @Nullable List<String> citizenships, @Nullable List<StayDraft> detentionHistory,
		@Nullable String incidentDate, @Nullable String description, @Nullable Boolean redactUnsolicitedIdentifiers,
		@OneOf(Category.class) @Nullable List<String> categories, @Nullable String otherCategory,
		@OneOf(SubjectOfInquiry.class) @Nullable String subjectOfInquiry, @Nullable String otherFamilyMembers,
		@Nullable String priorActions, @Nullable Boolean consentToInvestigate, @Nullable Boolean consentToRepresentative,
		@Nullable String designatedRepresentative, @Nullable String verificationSignedBy,
		@Nullable String verificationSignedOn) {

	/** One stay of the detention history as typed. */
	public record StayDraft(@Nullable String facility, @Nullable String detainedFrom, @Nullable String detainedTo) {
	}
}
