package org.casekeep.kernel.values;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A USCIS receipt (case) number: a three-letter prefix naming the office that received the filing, then ten digits
 * (two for the fiscal year, three for the processing day, five for the sequence), normalized to upper case without
 * separators, e.g. {@code EAC2190012345}.
 * <p>
 * Written forms accepted (case-insensitive, surrounding white space ignored): {@code EAC2190012345},
 * {@code EAC 2190012345}, {@code EAC-2190012345} and the grouped form of older I-797 notices {@code EAC-21-900-12345}
 * (or with spaces); the groups must use one separator throughout.
 * <p>
 * Only the prefixes USCIS itself lists for its case-status service are accepted (see {@link #knownPrefixes()}). The
 * colloquial service-center abbreviations TSC, VSC, CSC and NSC are deliberately absent: they name the centers in
 * conversation but receipts from those centers carry SRC, EAC, WAC and LIN. Extend the set here, and the detector
 * follows.
 *
 * @param value the normalized receipt number.
 */
public record ReceiptNumber(String value) {

	private static final String LABEL = "Receipt number";

	/**
	 * EAC Vermont Service Center; WAC California Service Center; LIN Nebraska Service Center; SRC Texas Service Center;
	 * NBC National Benefits Center; MSC Missouri Service Center (National Benefits Center); YSC Potomac Service Center;
	 * IOE electronic (online) filing.
	 */
	private static final List<String> PREFIXES_IN_ORDER = List.of("EAC", "WAC", "LIN", "SRC", "NBC", "MSC", "YSC", "IOE");

	private static final Set<String> KNOWN_PREFIXES = Set.copyOf(PREFIXES_IN_ORDER);

	private static final Pattern WRITTEN = Pattern.compile("(\\p{Alpha}{3})[- ]?(\\d{2})([- ]?)(\\d{3})\\3(\\d{5})");

	/**
	 * @param value the receipt number in one of the accepted written forms, must not be {@literal null}.
	 * @throws InvalidValueException if {@code value} is not a receipt number.
	 */
	public ReceiptNumber {
		value = normalize(value);
	}

	/**
	 * @param raw the receipt number as typed, may be {@literal null} or blank (which is rejected as missing).
	 * @return the receipt number, normalized.
	 * @throws InvalidValueException if {@code raw} is missing or not a receipt number; the message never repeats its
	 *         digits.
	 */
	public static ReceiptNumber of(@Nullable String raw) {
		return new ReceiptNumber(Texts.required(raw, null, LABEL));
	}

	/**
	 * @return whether {@code raw} is a receipt number with a known prefix in an accepted written form; never throws.
	 */
	public static boolean isValid(@Nullable String raw) {
		if (raw == null) {
			return false;
		}
		Matcher written = WRITTEN.matcher(raw.strip());
		return written.matches() && isKnownPrefix(written.group(1));
	}

	/**
	 * @return the receipt prefixes accepted, upper case, the most common first.
	 */
	public static List<String> knownPrefixes() {
		return PREFIXES_IN_ORDER;
	}

	/**
	 * @return whether {@code letters} (any case) is a {@linkplain #knownPrefixes() known prefix}.
	 */
	public static boolean isKnownPrefix(String letters) {
		return KNOWN_PREFIXES.contains(letters.toUpperCase(Locale.ROOT));
	}

	/**
	 * @return the three-letter prefix, e.g. {@code EAC}.
	 */
	public String prefix() {
		return value.substring(0, 3);
	}

	private static String normalize(@Nullable String raw) {
		Matcher written = WRITTEN.matcher(raw == null ? "" : raw.strip());
		if (!written.matches()) {
			throw new InvalidValueException(LABEL + " must be three letters followed by 10 digits, e.g. EAC2190012345");
		}
		String prefix = written.group(1).toUpperCase(Locale.ROOT);
		if (!isKnownPrefix(prefix)) {
			throw new InvalidValueException(LABEL + " must start with a USCIS receipt prefix ("
					+ String.join(", ", PREFIXES_IN_ORDER) + "), not '" + prefix + "'");
		}
		return prefix + written.group(2) + written.group(4) + written.group(5);
	}
}
