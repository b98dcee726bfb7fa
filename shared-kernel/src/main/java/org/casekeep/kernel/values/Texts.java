package org.casekeep.kernel.values;

import java.text.Normalizer;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Input clean-up shared by the value types.
 */
final class Texts {

	/** Any Unicode white space, including no-break spaces that arrive by copy and paste. */
	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+", Pattern.UNICODE_CHARACTER_CLASS);

	private Texts() {
	}

	/**
	 * @return {@code input} in Unicode NFC, trimmed, with every run of white space collapsed to one space;
	 *         {@literal null} if {@code input} is {@literal null} or blank.
	 */
	static @Nullable String squish(@Nullable String input) {
		if (input == null) {
			return null;
		}
		String collapsed = WHITESPACE.matcher(Normalizer.normalize(input, Normalizer.Form.NFC)).replaceAll(" ").trim();
		return collapsed.isEmpty() ? null : collapsed;
	}

	/**
	 * @return {@code input} squished, never {@literal null}.
	 * @throws InvalidValueException naming {@code field} with "{@code label} is required" if the input is blank.
	 */
	static String required(@Nullable String input, @Nullable String field, String label) {
		String squished = squish(input);
		if (squished == null) {
			throw new InvalidValueException(field, label + " is required");
		}
		return squished;
	}

	/**
	 * @throws InvalidValueException naming {@code field} if {@code value} has more than {@code max} characters
	 *         (Unicode code points, so that an accented name counts as a person would count it).
	 */
	static String atMost(String value, int max, @Nullable String field, String label) {
		if (value.codePointCount(0, value.length()) > max) {
			throw new InvalidValueException(field, label + " must be at most " + max + " characters");
		}
		return value;
	}
}
