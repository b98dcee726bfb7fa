package org.casekeep.correspondence.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.casekeep.correspondence.intake.Arrival.Channel;
import org.casekeep.correspondence.intake.Arrival.IntakeMethod;
import org.casekeep.correspondence.intake.Arrival.SourceType;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.values.ANumber;
import org.casekeep.kernel.values.AddressDraft;
import org.casekeep.kernel.values.EmailAddress;
import org.casekeep.kernel.values.PhoneNumber;
import org.casekeep.kernel.values.PostalAddress;
import org.casekeep.kernel.values.ReceiptNumber;
import org.jspecify.annotations.Nullable;

/** The validated, normalised values of an {@link IntakeDraft}. */
record IntakeValues(Arrival arrival, String subject, @Nullable String body,
		CorrespondenceRetentionSchedule retentionSchedule, @Nullable String prefix, @Nullable String firstName,
		@Nullable String middleName, @Nullable String lastName, @Nullable String suffix, @Nullable String title,
		@Nullable String organization, @Nullable PhoneNumber homePhone, @Nullable PhoneNumber businessPhone,
		@Nullable PhoneNumber mobilePhone, @Nullable PhoneNumber fax, @Nullable String email, @Nullable String url,
		Correspondence.@Nullable AddressKind addressKind, @Nullable PostalAddress address, @Nullable String caseNumber,
		@Nullable String aNumber, @Nullable String receiptNumber) {

	/**
	 * @param hasFiles whether files come with the draft (the default intake method is then UPLOADED).
	 * @throws org.casekeep.kernel.validation.InvalidInputException naming every field that cannot be accepted; a
	 * refused part of the address as {@code address.zip} ...
	 */
	static IntakeValues of(IntakeDraft d, boolean hasFiles, Instant now) {
		InputCheck check = new InputCheck();
		Channel channel = check.required("channel", d.channel(), "Channel", raw -> choice(Channel.class, raw, "channel"));
		IntakeMethod method = check.optional("intakeMethod", d.intakeMethod(),
				raw -> choice(IntakeMethod.class, raw, "entry method"));
		SourceType sourceType = check.required("sourceType", d.sourceType(), "Source type",
				raw -> choice(SourceType.class, raw, "source type"));
		String subject = check.requiredText("subject", d.subject(), "Subject", IntakeDraft.SUBJECT_MAX);
		String body = check.text("body", d.body(), "Text", IntakeDraft.BODY_MAX);
		Instant receivedAt = check.optional("receivedAt", d.receivedAt(), IntakeValues::instant);
		if (receivedAt != null && receivedAt.isAfter(now.plusSeconds(300))) {
			check.reject("receivedAt", "The date received cannot be in the future");
		}
		CorrespondenceRetentionSchedule schedule = check.optional("retentionSchedule", d.retentionSchedule(),
				raw -> choice(CorrespondenceRetentionSchedule.class, raw, "retention schedule"));
		String prefix = check.text("prefix", d.prefix(), "Prefix", 20);
		String firstName = check.text("firstName", d.firstName(), "First name", 100);
		String middleName = check.text("middleName", d.middleName(), "Middle name", 100);
		String lastName = check.text("lastName", d.lastName(), "Last name", 100);
		String suffix = check.text("suffix", d.suffix(), "Suffix", 20);
		String title = check.text("title", d.title(), "Title", 200);
		String organization = check.text("organization", d.organization(), "Organization", 200);
		PhoneNumber homePhone = check.optional("homePhone", d.homePhone(), PhoneNumber::of);
		PhoneNumber businessPhone = check.optional("businessPhone", d.businessPhone(), PhoneNumber::of);
		PhoneNumber mobilePhone = check.optional("mobilePhone", d.mobilePhone(), PhoneNumber::of);
		PhoneNumber fax = check.optional("fax", d.fax(), PhoneNumber::of);
		String email = check.optional("email", d.email(), raw -> EmailAddress.of(raw).value());
		String url = check.optional("url", d.url(), IntakeValues::url);
		Correspondence.AddressKind addressKind = check.optional("addressKind", d.addressKind(),
				raw -> choice(Correspondence.AddressKind.class, raw, "address kind"));
		PostalAddress address = AddressDraft.parse(check, d.address());
		String caseNumber = check.text("caseNumber", d.caseNumber(), "Case number", 50);
		String aNumber = check.optional("aNumber", d.aNumber(), raw -> ANumber.of(raw).value());
		String receiptNumber = check.optional("receiptNumber", d.receiptNumber(), raw -> ReceiptNumber.of(raw).value());
		check.throwIfInvalid();
		return new IntakeValues(new Arrival(channel,
				method != null ? method : hasFiles ? IntakeMethod.UPLOADED : IntakeMethod.HAND_KEYED, sourceType,
				receivedAt != null ? receivedAt : now), subject, body,
				schedule != null ? schedule : CorrespondenceRetentionSchedule.N1_563_07_001, prefix, firstName,
				middleName, lastName, suffix, title, organization, homePhone, businessPhone, mobilePhone, fax, email,
				url, address == null ? null : addressKind != null ? addressKind : Correspondence.AddressKind.MAILING,
				address, caseNumber, aNumber, receiptNumber);
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String raw, String label) {
		try {
			return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Choose a valid " + label);
		}
	}

	private static Instant instant(String raw) {
		try {
			return raw.length() <= 10 ? LocalDate.parse(raw).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(raw);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("Enter the date received as YYYY-MM-DD");
		}
	}

	private static String url(String raw) {
		String lower = raw.toLowerCase(Locale.ROOT);
		if (raw.length() > 500 || !(lower.startsWith("https://") || lower.startsWith("http://")) || raw.contains(" ")) {
			throw new IllegalArgumentException("Enter a web address starting with https://");
		}
		return raw;
	}
}
