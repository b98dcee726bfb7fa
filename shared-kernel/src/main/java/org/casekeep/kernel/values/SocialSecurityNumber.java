package org.casekeep.kernel.values;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A U.S. Social Security number, normalized to {@code ###-##-####}.
 * <p>
 * Written forms accepted: {@code 123-45-6789}, {@code 123456789} and {@code 123 45 6789} (surrounding white space
 * ignored). The number must be issuable: the area number (first three digits) is not 000, 666 or 900–999, the group
 * number (middle two) is not 00 and the serial number (last four) is not 0000. This class is the one place where those
 * rules live; the SPII detector asks {@link #isValid(String)}.
 * <p>
 * The SSN is sensitive PII: {@link #toString()} returns the {@linkplain #masked() masked} form so that the number never
 * reaches a log by accident, and no error message repeats any digit of the input. {@link #value()} returns the full
 * number for the few places entitled to it.
 *
 * @param value the normalized number {@code ###-##-####}.
 */
public record SocialSecurityNumber(String value) {

	private static final String LABEL = "Social Security number";

	/** The three written forms: the two separators, if any, must be the same. */
	private static final Pattern WRITTEN = Pattern.compile("(\\d{3})([- ]?)(\\d{2})\\2(\\d{4})");

	/**
	 * @param value the number in one of the accepted written forms, must not be {@literal null}.
	 * @throws InvalidValueException if {@code value} is not a valid SSN.
	 */
	public SocialSecurityNumber {
		value = normalize(value);
	}

	/**
	 * @param raw the number as typed, may be {@literal null} or blank (which is rejected as missing).
	 * @return the SSN, normalized.
	 * @throws InvalidValueException if {@code raw} is missing or not a valid SSN; the message never repeats it.
	 */
	public static SocialSecurityNumber of(@Nullable String raw) {
		return new SocialSecurityNumber(Texts.required(raw, null, LABEL));
	}

	/**
	 * @return whether {@code raw} is an SSN in an accepted written form that obeys the issuance rules; never throws.
	 */
	public static boolean isValid(@Nullable String raw) {
		if (raw == null) {
			return false;
		}
		Matcher written = WRITTEN.matcher(raw.strip());
		return written.matches() && ruleBroken(written.group(1), written.group(3), written.group(4)) == null;
	}

	/**
	 * @return the last four digits behind asterisks, {@code ***-**-6789}.
	 */
	public String masked() {
		return "***-**-" + value.substring(7);
	}

	/**
	 * @return the last four digits of the number, as people quote them to identify themselves.
	 */
	public String lastFour() {
		return value.substring(7);
	}

	/**
	 * @return the {@linkplain #masked() masked} number, never the full one.
	 */
	@Override
	public String toString() {
		return masked();
	}

	private static String normalize(@Nullable String raw) {
		if (raw == null) {
			throw new InvalidValueException(LABEL + " is required");
		}
		Matcher written = WRITTEN.matcher(raw.strip());
		if (!written.matches()) {
			throw new InvalidValueException(LABEL + " must be nine digits, written as ###-##-####");
		}
		String area = written.group(1);
		String group = written.group(3);
		String serial = written.group(4);
		String broken = ruleBroken(area, group, serial);
		if (broken != null) {
			throw new InvalidValueException(LABEL + " is not valid: " + broken);
		}
		return area + "-" + group + "-" + serial;
	}

	/**
	 * @return a digit-free description of the issuance rule the parts break, or {@literal null} if they obey them.
	 */
	private static @Nullable String ruleBroken(String area, String group, String serial) {
		int areaNumber = Integer.parseInt(area);
		if (areaNumber == 0 || areaNumber == 666 || areaNumber >= 900) {
			return "no SSN is issued with that area number (the first three digits)";
		}
		if (group.equals("00")) {
			return "no SSN is issued with a group number (the middle two digits) of zero";
		}
		if (serial.equals("0000")) {
			return "no SSN is issued with a serial number (the last four digits) of zero";
		}
		return null;
	}
}
