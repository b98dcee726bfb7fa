package org.casekeep.correspondence.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.values.ANumber;
import org.casekeep.kernel.values.EmailAddress;
import org.casekeep.kernel.values.InvalidValueException;
import org.casekeep.kernel.values.PhoneNumber;
import org.casekeep.kernel.values.PostalAddress;
import org.casekeep.kernel.values.ReceiptNumber;
import org.jspecify.annotations.Nullable;

/** The validated, normalised values of an {@link IntakeDraft}. */
record IntakeValues(Channel channel, IntakeMethod intakeMethod, SourceType sourceType, String subject,
		@Nullable String body, Instant receivedAt, CorrespondenceRetentionSchedule retentionSchedule,
		@Nullable String prefix, @Nullable String firstName, @Nullable String middleName, @Nullable String lastName,
		@Nullable String suffix, @Nullable String title, @Nullable String organization, @Nullable String homePhone,
		@Nullable String businessPhone, @Nullable String mobilePhone, @Nullable String fax, @Nullable String email,
		@Nullable String url, @Nullable CorrespondentAddressKind addressKind, @Nullable String street1,
		@Nullable String street2, @Nullable String city, @Nullable String state, @Nullable String zip,
		@Nullable String caseNumber, @Nullable String aNumber, @Nullable String receiptNumber) {

	/**
	 * @param hasFiles whether files come with the draft (the default intake method is then UPLOADED).
	 * @throws org.casekeep.kernel.validation.InvalidInputException naming every field that cannot be accepted.
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
		String homePhone = check.optional("homePhone", d.homePhone(), raw -> PhoneNumber.of(raw).international());
		String businessPhone = check.optional("businessPhone", d.businessPhone(), raw -> PhoneNumber.of(raw).international());
		String mobilePhone = check.optional("mobilePhone", d.mobilePhone(), raw -> PhoneNumber.of(raw).international());
		String fax = check.optional("fax", d.fax(), raw -> PhoneNumber.of(raw).international());
		String email = check.optional("email", d.email(), raw -> EmailAddress.of(raw).value());
		String url = check.optional("url", d.url(), IntakeValues::url);
		CorrespondentAddressKind addressKind = check.optional("addressKind", d.addressKind(),
				raw -> choice(CorrespondentAddressKind.class, raw, "address kind"));
		PostalAddress address = null;
		if (anyText(d.street1(), d.street2(), d.city(), d.state(), d.zip())) {
			try {
				address = PostalAddress.of(d.street1(), d.street2(), d.city(), d.state(), d.zip());
			}
			catch (InvalidValueException ex) {
				check.reject(ex.field() == null ? "street1" : ex.field(), ex.getMessage());
			}
		}
		String caseNumber = check.text("caseNumber", d.caseNumber(), "Case number", 50);
		String aNumber = check.optional("aNumber", d.aNumber(), raw -> ANumber.of(raw).value());
		String receiptNumber = check.optional("receiptNumber", d.receiptNumber(), raw -> ReceiptNumber.of(raw).value());
		check.throwIfInvalid();
		return new IntakeValues(channel, method != null ? method : hasFiles ? IntakeMethod.UPLOADED : IntakeMethod.HAND_KEYED,
				sourceType, subject, body, receivedAt != null ? receivedAt : now,
				schedule != null ? schedule : CorrespondenceRetentionSchedule.N1_563_07_001, prefix, firstName,
				middleName, lastName, suffix, title, organization, homePhone, businessPhone, mobilePhone, fax, email,
				url, address == null ? null : addressKind != null ? addressKind : CorrespondentAddressKind.MAILING,
				address == null ? null : address.street1(), address == null ? null : address.street2(),
				address == null ? null : address.city(), address == null ? null : address.state().code(),
				address == null ? null : address.zip(), caseNumber, aNumber, receiptNumber);
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

	private static boolean anyText(@Nullable String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return true;
			}
		}
		return false;
	}
}
