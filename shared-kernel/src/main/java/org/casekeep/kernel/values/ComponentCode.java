package org.casekeep.kernel.values;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The code of a DHS component or headquarters office, such as {@code ICE}, {@code USCIS} or {@code OIDO}: two to six
 * letters, normalized to upper case. Which codes exist is reference data kept elsewhere; only the format is checked
 * here.
 *
 * @param value the upper-case code.
 */
public record ComponentCode(String value) {

	private static final Pattern CODE = Pattern.compile("[A-Z]{2,6}");

	/**
	 * @param value the code in any case, must not be {@literal null}; surrounding white space is ignored.
	 * @throws InvalidValueException if {@code value} is not two to six letters.
	 */
	public ComponentCode {
		String code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
		if (!CODE.matcher(code).matches()) {
			throw new InvalidValueException("Component code " + InvalidValueException.quoted(code)
					+ " must be 2 to 6 letters, e.g. ICE or USCIS");
		}
		value = code;
	}

	/**
	 * @param raw the code as typed, may be {@literal null} or blank (which is rejected as missing).
	 * @throws InvalidValueException if {@code raw} is missing or not two to six letters.
	 */
	public static ComponentCode of(@Nullable String raw) {
		return new ComponentCode(Texts.required(raw, null, "Component code"));
	}

	/**
	 * @return whether {@code raw} is a well-formed component code; never throws.
	 */
	public static boolean isValid(@Nullable String raw) {
		return raw != null && CODE.matcher(raw.strip().toUpperCase(Locale.ROOT)).matches();
	}

	@Override
	public String toString() {
		return value;
	}
}
