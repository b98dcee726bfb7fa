package org.casekeep.survey.participants;

import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.values.EmailAddress;
import org.casekeep.kernel.values.PhoneNumber;
import org.jspecify.annotations.Nullable;

/**
 * A participant's contact details in the clear, only ever in memory: a name and at least one way to reach them (PIA
 * 2.2: only name, e-mail, phone and mailing address are collected for recruitment).
 */
public record ContactDetails(@Nullable String name, @Nullable String email, @Nullable String phone,
		@Nullable String address) {

	/** What a recruiter or an export gave, checked field by field; {@code prefix} names the row of an import. */
	public static ContactDetails checked(InputCheck input, String prefix, @Nullable String name, @Nullable String email,
			@Nullable String phone, @Nullable String address) {
		String checkedName = input.requiredText(prefix + "name", name, "Name", 200);
		String checkedEmail = input.optional(prefix + "email", email, raw -> EmailAddress.of(raw).value());
		String checkedPhone = input.optional(prefix + "phone", phone, raw -> PhoneNumber.of(raw).e164());
		String checkedAddress = input.text(prefix + "address", address, "Mailing address", 400);
		if (blank(email) && blank(phone) && blank(address)) {
			input.reject(prefix + "email", "Give at least an e-mail, a phone or a mailing address");
		}
		return new ContactDetails(checkedName, checkedEmail, checkedPhone, checkedAddress);
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}
}
