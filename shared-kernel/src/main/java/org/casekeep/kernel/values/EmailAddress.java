package org.casekeep.kernel.values;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An email address, validated pragmatically rather than by the full RFC 5322 grammar: a dot-atom local part (letters
 * of any script, digits and {@code !#$%&'*+/=?^_`{|}~-}, dots only between them) of at most 64 characters, {@code @},
 * and a domain of at least two dot-separated labels whose last one (the top-level domain) is letters or an IDN
 * {@code xn--} label; 254 characters at most, no white space, no quoted local parts or IP-literal domains. The domain
 * is lower-cased; the local part keeps its case, because mail servers may treat it as case-sensitive.
 *
 * @param value the normalized address.
 */
public record EmailAddress(String value) {

	private static final int MAX_LENGTH = 254;

	private static final int MAX_LOCAL_LENGTH = 64;

	private static final String ATOM = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";

	private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";

	private static final Pattern ADDRESS = Pattern.compile(
			"(?<local>" + ATOM + "(?:\\." + ATOM + ")*)@(?<domain>(?:" + LABEL + "\\.)+(?:\\p{L}{2,63}|xn--[a-z0-9-]{1,59}))",
			Pattern.CASE_INSENSITIVE);

	/**
	 * @param value the address, must not be {@literal null}; surrounding white space is ignored.
	 * @throws InvalidValueException if {@code value} is not an address.
	 */
	public EmailAddress {
		value = normalize(value);
	}

	/**
	 * @param raw the address as typed, may be {@literal null} or blank (which is rejected as missing).
	 * @throws InvalidValueException if {@code raw} is missing or not an address.
	 */
	public static EmailAddress of(@Nullable String raw) {
		return new EmailAddress(Texts.required(raw, null, "Email address"));
	}

	/**
	 * @return whether {@code raw} is an address this type accepts; never throws.
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
	 * @return the part before {@code @}.
	 */
	public String localPart() {
		return value.substring(0, value.lastIndexOf('@'));
	}

	/**
	 * @return the lower-case domain, e.g. {@code uscis.dhs.gov}.
	 */
	public String domain() {
		return value.substring(value.lastIndexOf('@') + 1);
	}

	private static String normalize(@Nullable String raw) {
		String typed = raw == null ? "" : raw.strip();
		var address = ADDRESS.matcher(typed);
		if (typed.length() > MAX_LENGTH || !address.matches()) {
			throw new InvalidValueException("Email address " + InvalidValueException.quoted(typed)
					+ " is not valid; it should look like name@example.gov");
		}
		String local = address.group("local");
		if (local.length() > MAX_LOCAL_LENGTH) {
			throw new InvalidValueException("Email address " + InvalidValueException.quoted(typed)
					+ " is not valid: the part before @ must be at most " + MAX_LOCAL_LENGTH + " characters");
		}
		return local + "@" + address.group("domain").toLowerCase(Locale.ROOT);
	}
}
