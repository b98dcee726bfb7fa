package org.casekeep.detention.complaint;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.values.ANumber;
import org.casekeep.kernel.values.EmailAddress;
import org.casekeep.kernel.values.PhoneNumber;
import org.jspecify.annotations.Nullable;

/**
 * A complaint draft checked, every problem at once and each naming its field, before anything is written. Values are
 * kept as typed apart from trimming and the normal forms of A-Numbers, e-mail addresses and phone numbers (PIA 2.4:
 * personnel do not alter the data received).
 */
public record ComplaintValues(Channel channel, LocalDate receivedOn, @Nullable LocalDate paperOriginalDestroyedOn,
		boolean anonymous, @Nullable SubmitterRole submitterRole, @Nullable String submitterName,
		List<String> submitterAliases, @Nullable String submitterMailingAddress, @Nullable String submitterEmail,
		@Nullable String submitterPhone, @Nullable String submitterFax, @Nullable String submitterOrganization,
		@Nullable String detaineeName, List<String> detaineeAliases, @Nullable String aNumber,
		@Nullable String detaineeMailingAddress, @Nullable String detaineeEmail, @Nullable String detaineePhone,
		@Nullable Sex sex, @Nullable TransgenderStatus transgenderStatus, @Nullable LocalDate dateOfBirth,
		@Nullable String countryOfBirth, List<String> citizenships, List<DetentionStay> detentionHistory,
		@Nullable LocalDate incidentDate, String description, List<String> descriptionFindings,
		boolean descriptionRedacted, Set<Category> categories, @Nullable String otherCategory,
		@Nullable SubjectOfInquiry subjectOfInquiry, @Nullable String otherFamilyMembers, @Nullable String priorActions,
		boolean consentToInvestigate, boolean consentToRepresentative, @Nullable String designatedRepresentative,
		@Nullable String verificationSignedBy, @Nullable LocalDate verificationSignedOn) {

	static final int NAME = 200;
	static final int LINE = 500;
	static final int TEXT = 20_000;
	static final int LIST = 20;

	/**
	 * @param findings the scan's findings in the description as typed (offered for redaction).
	 * @throws org.casekeep.kernel.validation.InvalidInputException naming every field that cannot be accepted.
	 */
	public static ComplaintValues of(ComplaintDraft d, LocalDate today, DescriptionScan scan) {
		InputCheck check = new InputCheck();
		Channel channel = check.required("channel", d.channel(), "Channel", raw -> constant(Channel.class, raw));
		LocalDate receivedOn = check.required("receivedOn", d.receivedOn(), "Day received", raw -> pastDate(raw, today));
		LocalDate paperDestroyed = check.optional("paperOriginalDestroyedOn", d.paperOriginalDestroyedOn(),
				raw -> pastDate(raw, today));
		if (paperDestroyed != null && channel != null && channel != Channel.IN_PERSON) {
			check.reject("paperOriginalDestroyedOn", "Only a paper form taken in person is destroyed after scanning");
		}
		if (paperDestroyed != null && receivedOn != null && paperDestroyed.isBefore(receivedOn)) {
			check.reject("paperOriginalDestroyedOn", "The paper original cannot be destroyed before it was received");
		}
		boolean anonymous = Boolean.TRUE.equals(d.anonymous());
		SubmitterRole role = check.optional("submitterRole", d.submitterRole(), raw -> constant(SubmitterRole.class, raw));
		String submitterName = check.text("submitterName", d.submitterName(), "Submitter's name", NAME);
		List<String> submitterAliases = texts(check, "submitterAliases", d.submitterAliases(), NAME);
		String submitterAddress = check.text("submitterMailingAddress", d.submitterMailingAddress(), "Mailing address", LINE);
		String submitterEmail = check.optional("submitterEmail", d.submitterEmail(), raw -> EmailAddress.of(raw).value());
		String submitterPhone = check.optional("submitterPhone", d.submitterPhone(), raw -> PhoneNumber.of(raw).international());
		String submitterFax = check.optional("submitterFax", d.submitterFax(), raw -> PhoneNumber.of(raw).international());
		String organization = check.text("submitterOrganization", d.submitterOrganization(), "Law firm or organization", NAME);
		if (anonymous && (submitterName != null || !submitterAliases.isEmpty() || submitterAddress != null
				|| submitterEmail != null || submitterPhone != null || submitterFax != null)) {
			// PIA footnote 2: an anonymous complaint names no submitter, so that none is recorded by mistake.
			check.reject("anonymous", "An anonymous complaint has no submitter name or contact details; clear them or "
					+ "untick anonymous");
		}
		String detaineeName = check.text("detaineeName", d.detaineeName(), "Detainee's name", NAME);
		List<String> detaineeAliases = texts(check, "detaineeAliases", d.detaineeAliases(), NAME);
		String aNumber = check.optional("aNumber", d.aNumber(), raw -> ANumber.of(raw).value());
		String detaineeAddress = check.text("detaineeMailingAddress", d.detaineeMailingAddress(), "Mailing address", LINE);
		String detaineeEmail = check.optional("detaineeEmail", d.detaineeEmail(), raw -> EmailAddress.of(raw).value());
		String detaineePhone = check.optional("detaineePhone", d.detaineePhone(), raw -> PhoneNumber.of(raw).international());
		Sex sex = check.optional("sex", d.sex(), raw -> constant(Sex.class, raw));
		TransgenderStatus transgender = check.optional("transgenderStatus", d.transgenderStatus(),
				raw -> constant(TransgenderStatus.class, raw));
		LocalDate dateOfBirth = check.optional("dateOfBirth", d.dateOfBirth(), raw -> pastDate(raw, today));
		String countryOfBirth = check.text("countryOfBirth", d.countryOfBirth(), "Country of birth", 100);
		List<String> citizenships = texts(check, "citizenships", d.citizenships(), 100);
		List<DetentionStay> history = stays(check, d.detentionHistory(), today);
		LocalDate incidentDate = check.optional("incidentDate", d.incidentDate(), raw -> pastDate(raw, today));
		String typed = check.requiredText("description", d.description(), "Description", TEXT);
		List<DescriptionScan.Finding> findings = typed == null ? List.of() : scan.scan(typed);
		boolean redact = Boolean.TRUE.equals(d.redactUnsolicitedIdentifiers()) && !findings.isEmpty();
		String description = typed == null ? null : redact ? DescriptionScan.redact(typed, findings) : typed;
		Set<Category> categories = EnumSet.noneOf(Category.class);
		List<String> rawCategories = d.categories() == null ? List.of() : d.categories();
		for (int i = 0; i < rawCategories.size(); i++) {
			Category category = check.optional("categories[" + i + "]", rawCategories.get(i),
					raw -> constant(Category.class, raw));
			if (category != null) {
				categories.add(category);
			}
		}
		String otherCategory = check.text("otherCategory", d.otherCategory(), "Other category", NAME);
		if (otherCategory != null && !categories.contains(Category.OTHER)) {
			categories.add(Category.OTHER);
		}
		SubjectOfInquiry subject = check.optional("subjectOfInquiry", d.subjectOfInquiry(),
				raw -> constant(SubjectOfInquiry.class, raw));
		String family = check.text("otherFamilyMembers", d.otherFamilyMembers(), "Other family members", 1000);
		String priorActions = check.text("priorActions", d.priorActions(), "Prior actions", TEXT);
		boolean consentToRepresentative = Boolean.TRUE.equals(d.consentToRepresentative());
		String representative = check.text("designatedRepresentative", d.designatedRepresentative(),
				"Designated representative", NAME);
		if (representative != null && !consentToRepresentative) {
			check.reject("designatedRepresentative", "Name a designated representative only with the detainee's consent "
					+ "to disclose to them");
		}
		String signedBy = check.text("verificationSignedBy", d.verificationSignedBy(), "Signed by", NAME);
		LocalDate signedOn = check.optional("verificationSignedOn", d.verificationSignedOn(), raw -> pastDate(raw, today));
		if ((signedBy == null) != (signedOn == null)) {
			check.reject(signedBy == null ? "verificationSignedBy" : "verificationSignedOn",
					"The verification statement is recorded with both who signed it and the day it was signed");
		}
		check.throwIfInvalid();
		return new ComplaintValues(channel, receivedOn, paperDestroyed, anonymous, anonymous ? null : role,
				submitterName, submitterAliases, submitterAddress, submitterEmail, submitterPhone, submitterFax,
				organization, detaineeName, detaineeAliases, aNumber, detaineeAddress, detaineeEmail, detaineePhone, sex,
				transgender, dateOfBirth, countryOfBirth, citizenships, history, incidentDate, description,
				findings.stream().map(DescriptionScan.Finding::kind).distinct().toList(), redact, categories,
				otherCategory, subject, family, priorActions, Boolean.TRUE.equals(d.consentToInvestigate()),
				consentToRepresentative, representative, signedBy, signedOn);
	}

	private static <E extends Enum<E>> E constant(Class<E> type, String raw) {
		try {
			return Enum.valueOf(type, raw.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Choose one of " + String.join(", ",
					EnumSet.allOf(type).stream().map(Enum::name).toList()));
		}
	}

	private static LocalDate pastDate(String raw, LocalDate today) {
		LocalDate date;
		try {
			date = LocalDate.parse(raw);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("Enter the date as YYYY-MM-DD");
		}
		if (date.isAfter(today)) {
			throw new IllegalArgumentException("The date cannot be in the future");
		}
		return date;
	}

	private static List<String> texts(InputCheck check, String field, @Nullable List<String> raw, int max) {
		List<String> values = new ArrayList<>();
		if (raw == null) {
			return values;
		}
		if (raw.size() > LIST) {
			check.reject(field, "At most " + LIST + " entries");
			return values;
		}
		for (int i = 0; i < raw.size(); i++) {
			String value = check.text(field + "[" + i + "]", raw.get(i), "Entry", max);
			if (value != null && !values.contains(value)) {
				values.add(value);
			}
		}
		return values;
	}

	private static List<DetentionStay> stays(InputCheck check, @Nullable List<ComplaintDraft.StayDraft> raw,
			LocalDate today) {
		List<DetentionStay> stays = new ArrayList<>();
		if (raw == null) {
			return stays;
		}
		if (raw.size() > LIST) {
			check.reject("detentionHistory", "At most " + LIST + " stays");
			return stays;
		}
		for (int i = 0; i < raw.size(); i++) {
			ComplaintDraft.StayDraft stay = raw.get(i);
			if (stay == null) {
				continue;
			}
			String prefix = "detentionHistory[" + i + "].";
			String facility = check.text(prefix + "facility", stay.facility(), "Facility", NAME);
			LocalDate from = check.optional(prefix + "detainedFrom", stay.detainedFrom(), r -> pastDate(r, today));
			LocalDate to = check.optional(prefix + "detainedTo", stay.detainedTo(), r -> pastDate(r, today));
			if (facility == null && (from != null || to != null)) {
				check.reject(prefix + "facility", "Name the facility of the stay");
			}
			if (from != null && to != null && to.isBefore(from)) {
				check.reject(prefix + "detainedTo", "The last day cannot be before the first");
			}
			if (facility != null) {
				stays.add(new DetentionStay(facility, from, to));
			}
		}
		return stays;
	}
}
