package org.casekeep.kernel.values;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.persistence.Embeddable;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;
import org.jspecify.annotations.Nullable;

/**
 * A telephone number that libphonenumber considers valid (it exists in the numbering plan of its country), stored in
 * E.164 form such as {@code +12025550143}, with the extension kept apart.
 * <p>
 * Input without a leading {@code +} is read as a number of the given region, {@linkplain #DEFAULT_REGION US} unless
 * said otherwise; input with {@code +} carries its own country code. Extensions written the usual ways
 * ({@code ext. 12}, {@code x12}, {@code #12}) are recognized by libphonenumber.
 * <p>
 * Stored as a JPA embeddable in two columns named by the holder (with Hibernate's {@code @EmbeddedColumnNaming},
 * {@code work_phone_e164} and {@code work_phone_extension}); empty columns read as {@literal null}. Its personal-data
 * declaration is written here once, for every record that holds one; a holder's field may refine it, for example
 * raise a personal phone's sensitivity or restrict who sees it (see {@link PersonalData}).
 *
 * @param e164 the number in E.164 form, without extension.
 * @param extension the extension digits, {@literal null} if there is none.
 */
@Embeddable
@PersonalData(category = PiiCategory.CONTACT, sensitivity = Sensitivity.LOW, description = "Phone number")
public record PhoneNumber(String e164, @Nullable String extension) {

	/** The region assumed for numbers written without a country code. */
	public static final String DEFAULT_REGION = "US";

	private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();

	private static final Pattern EXTENSION = Pattern.compile("\\d{1,10}");

	/**
	 * @param e164 the number in E.164 form, must not be {@literal null}.
	 * @param extension the extension digits, {@literal null} or blank for none.
	 * @throws InvalidValueException if {@code e164} is not a valid number in E.164 form or the extension is not digits.
	 */
	public PhoneNumber {
		e164 = Texts.required(e164, null, "Phone number");
		Phonenumber.PhoneNumber parsed = parse(e164, null);
		if (parsed == null || !PHONE_NUMBERS.isValidNumber(parsed)
				|| !PHONE_NUMBERS.format(parsed, PhoneNumberFormat.E164).equals(e164)) {
			throw new InvalidValueException("Phone number " + InvalidValueException.quoted(e164)
					+ " is not a valid phone number in E.164 form, e.g. +12025550143");
		}
		extension = Texts.squish(extension);
		if (extension != null && !EXTENSION.matcher(extension).matches()) {
			throw new InvalidValueException("Phone extension " + InvalidValueException.quoted(extension)
					+ " must be 1 to 10 digits");
		}
	}

	/**
	 * @param e164 the number in E.164 form without extension, must not be {@literal null}.
	 * @throws InvalidValueException if {@code e164} is not a valid number in E.164 form.
	 */
	public PhoneNumber(String e164) {
		this(e164, null);
	}

	/**
	 * Reads a number as typed, taking numbers without country code as {@linkplain #DEFAULT_REGION US} numbers.
	 *
	 * @throws InvalidValueException if {@code raw} is missing or not a valid number.
	 */
	public static PhoneNumber of(@Nullable String raw) {
		return of(raw, DEFAULT_REGION);
	}

	/**
	 * Reads a number as typed.
	 *
	 * @param raw the number as typed, may be {@literal null} or blank (which is rejected as missing).
	 * @param region the ISO 3166 region code (e.g. {@code US}, {@code MX}) for numbers written without country code.
	 * @throws InvalidValueException if {@code raw} is missing or not a valid number, or {@code region} is unknown.
	 */
	public static PhoneNumber of(@Nullable String raw, String region) {
		String regionCode = regionCode(region);
		String typed = Texts.required(raw, null, "Phone number");
		Phonenumber.PhoneNumber parsed = parse(typed, regionCode);
		if (parsed == null || !PHONE_NUMBERS.isValidNumber(parsed)) {
			String where = typed.startsWith("+") ? "" : regionCode + " ";
			throw new InvalidValueException("Phone number " + InvalidValueException.quoted(typed) + " is not a valid "
					+ where + "phone number");
		}
		String extension = parsed.hasExtension() ? parsed.getExtension() : null;
		return new PhoneNumber(PHONE_NUMBERS.format(parsed, PhoneNumberFormat.E164), extension);
	}

	/**
	 * @return whether {@code raw} is a valid {@linkplain #DEFAULT_REGION US} number or a valid number with country code;
	 *         never throws.
	 */
	public static boolean isValid(@Nullable String raw) {
		try {
			of(raw);
			return true;
		}
		catch (InvalidValueException ex) {
			return false;
		}
	}

	/**
	 * @return the number formatted for display in its own country, e.g. {@code (202) 555-0143 ext. 12}.
	 */
	public String national() {
		return withExtension(PHONE_NUMBERS.format(parsed(), PhoneNumberFormat.NATIONAL));
	}

	/**
	 * @return the number formatted for display abroad, e.g. {@code +1 202-555-0143 ext. 12}.
	 */
	public String international() {
		return withExtension(PHONE_NUMBERS.format(parsed(), PhoneNumberFormat.INTERNATIONAL));
	}

	/**
	 * A phone as views show it and forms show it again: {@linkplain #international() international format} with its
	 * extension, e.g. {@code +1 202-555-0143 ext. 12}, which {@link #of(String)} reads back as the same number.
	 *
	 * @param phone the number, may be {@literal null}.
	 * @return the number shown, {@literal null} for none.
	 */
	public static @Nullable String shown(@Nullable PhoneNumber phone) {
		return phone == null ? null : phone.international();
	}

	/**
	 * @return the ISO 3166 region the number belongs to, e.g. {@code US}.
	 */
	public String region() {
		String region = PHONE_NUMBERS.getRegionCodeForNumber(parsed());
		return region == null ? "ZZ" : region;
	}

	@Override
	public String toString() {
		return extension == null ? e164 : e164 + ";ext=" + extension;
	}

	private String withExtension(String formatted) {
		return extension == null ? formatted : formatted + " ext. " + extension;
	}

	private Phonenumber.PhoneNumber parsed() {
		Phonenumber.PhoneNumber parsed = parse(e164, null);
		if (parsed == null) {
			throw new IllegalStateException("E.164 number no longer parses");
		}
		return parsed;
	}

	private static Phonenumber.@Nullable PhoneNumber parse(String text, @Nullable String region) {
		try {
			return PHONE_NUMBERS.parse(text, region);
		}
		catch (NumberParseException ex) {
			return null;
		}
	}

	private static String regionCode(String region) {
		String code = region.strip().toUpperCase(Locale.ROOT);
		if (!PHONE_NUMBERS.getSupportedRegions().contains(code)) {
			throw new InvalidValueException("Region " + InvalidValueException.quoted(region)
					+ " is not a region code libphonenumber knows, e.g. US or MX");
		}
		return code;
	}
}
