package org.casekeep.kernel.values;

import java.util.StringJoiner;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A person's name in the parts U.S. government forms ask for. Each part is normalized to Unicode NFC, trimmed and has
 * its white space collapsed; blank optional parts become {@literal null}.
 * <p>
 * A part holds at most {@value #MAX_LENGTH} characters, at least one letter, and otherwise only letters of any script
 * (with their combining marks), spaces, apostrophes ({@code '} or {@code ’}), hyphens and periods, so that
 * {@code Núñez}, {@code O’Brien}, {@code Jean-Luc}, {@code St. John}, {@code 'Abd al-Rahman} and {@code III} are
 * accepted and digits or symbols are not. Error messages name the part ({@link InvalidValueException#field()} is
 * {@code given}, {@code middle}, {@code family} or {@code suffix}) without repeating the name.
 *
 * @param given the given (first) name, required.
 * @param middle the middle name or names, {@literal null} if none.
 * @param family the family (last) name, required.
 * @param suffix a generational or other suffix such as {@code Jr.} or {@code III}, {@literal null} if none.
 */
public record PersonName(String given, @Nullable String middle, String family, @Nullable String suffix) {

	/** The most characters one part of a name may hold. */
	public static final int MAX_LENGTH = 100;

	private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M} '’.-]+");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	/**
	 * @throws InvalidValueException naming the offending part if a required part is blank or a part is malformed.
	 */
	public PersonName {
		given = part(Texts.required(given, "given", "Given name"), "given", "Given name");
		middle = optionalPart(middle, "middle", "Middle name");
		family = part(Texts.required(family, "family", "Family name"), "family", "Family name");
		suffix = optionalPart(suffix, "suffix", "Suffix");
	}

	/**
	 * @param given the given name as typed.
	 * @param middle the middle name as typed, {@literal null} or blank for none.
	 * @param family the family name as typed.
	 * @param suffix the suffix as typed, {@literal null} or blank for none.
	 * @throws InvalidValueException naming the offending part if the name is not acceptable.
	 */
	public static PersonName of(@Nullable String given, @Nullable String middle, @Nullable String family,
			@Nullable String suffix) {
		return new PersonName(Texts.required(given, "given", "Given name"), middle,
				Texts.required(family, "family", "Family name"), suffix);
	}

	/**
	 * @param given the given name as typed.
	 * @param family the family name as typed.
	 * @throws InvalidValueException naming the offending part if the name is not acceptable.
	 */
	public static PersonName of(@Nullable String given, @Nullable String family) {
		return of(given, null, family, null);
	}

	/**
	 * @return the name as it is addressed on a letter: {@code Given Middle Family, Suffix} without the absent parts.
	 */
	public String displayName() {
		StringJoiner name = new StringJoiner(" ");
		name.add(given);
		if (middle != null) {
			name.add(middle);
		}
		name.add(family);
		return suffix == null ? name.toString() : name + ", " + suffix;
	}

	/**
	 * @return the name as it is sorted in a list: {@code Family, Given Middle}.
	 */
	public String sortName() {
		return middle == null ? family + ", " + given : family + ", " + given + " " + middle;
	}

	private static @Nullable String optionalPart(@Nullable String input, String field, String label) {
		String squished = Texts.squish(input);
		return squished == null ? null : part(squished, field, label);
	}

	private static String part(String squished, String field, String label) {
		Texts.atMost(squished, MAX_LENGTH, field, label);
		if (!ALLOWED.matcher(squished).matches() || !LETTER.matcher(squished).find()) {
			throw new InvalidValueException(field,
					label + " may contain only letters, spaces, apostrophes, hyphens and periods");
		}
		return squished;
	}
}
