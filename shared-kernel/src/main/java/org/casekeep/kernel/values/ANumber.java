package org.casekeep.kernel.values;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An Alien Registration Number (A-Number, A-File number), normalized to {@code A} followed by nine digits.
 * <p>
 * Written forms accepted (case-insensitive, surrounding white space ignored): {@code A123456789}, {@code A-12345678},
 * {@code A# 123456789}, {@code A 123 456 789}, {@code A123-456-789}, {@code A12-345-678} and the bare digits
 * {@code 123456789} or {@code 12345678}. Older eight-digit numbers are left-padded with a zero, so {@code A-12345678}
 * becomes {@code A012345678}. Digit groups (3-3-3, or 2-3-3 for eight digits) must use one separator throughout. All
 * zeros is not a number USCIS issues.
 * <p>
 * DHS treats the A-Number as sensitive PII, so {@link #toString()} is {@linkplain #masked() masked} and error messages
 * never repeat the input. This class is the one place that decides what an A-Number is; the SPII detector asks
 * {@link #isValid(String)}.
 *
 * @param value the normalized number, {@code A} and nine digits.
 */
public record ANumber(String value) {

	private static final String LABEL = "A-Number";

	private static final Pattern WRITTEN = Pattern.compile(
			"(?:A\\s*[-#]?\\s*)?(?:\\d{8,9}|\\d{3}([- ])\\d{3}\\1\\d{3}|\\d{2}([- ])\\d{3}\\2\\d{3})",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern NON_DIGITS = Pattern.compile("\\D");

	/**
	 * @param value the number in one of the accepted written forms, must not be {@literal null}.
	 * @throws InvalidValueException if {@code value} is not an A-Number.
	 */
	public ANumber {
		value = normalize(value);
	}

	/**
	 * @param raw the number as typed, may be {@literal null} or blank (which is rejected as missing).
	 * @return the A-Number, normalized.
	 * @throws InvalidValueException if {@code raw} is missing or not an A-Number; the message never repeats it.
	 */
	public static ANumber of(@Nullable String raw) {
		return new ANumber(Texts.required(raw, null, LABEL));
	}

	/**
	 * @return whether {@code raw} is an A-Number in an accepted written form; never throws.
	 */
	public static boolean isValid(@Nullable String raw) {
		return raw != null && digitsOf(raw) != null;
	}

	/**
	 * @return the last four digits behind asterisks, {@code A*****6789}.
	 */
	public String masked() {
		return "A*****" + value.substring(6);
	}

	/**
	 * @return the {@linkplain #masked() masked} number, never the full one.
	 */
	@Override
	public String toString() {
		return masked();
	}

	private static String normalize(@Nullable String raw) {
		String digits = raw == null ? null : digitsOf(raw);
		if (digits == null) {
			throw new InvalidValueException(LABEL + " must be the letter A followed by 8 or 9 digits, e.g. A012345678");
		}
		return "A" + digits;
	}

	/**
	 * @return the nine digits (left-padded) of a valid written form, or {@literal null}.
	 */
	private static @Nullable String digitsOf(String raw) {
		String trimmed = raw.strip();
		if (!WRITTEN.matcher(trimmed).matches()) {
			return null;
		}
		String digits = NON_DIGITS.matcher(trimmed).replaceAll("");
		String padded = digits.length() == 8 ? "0" + digits : digits;
		return padded.equals("000000000") ? null : padded;
	}
}
