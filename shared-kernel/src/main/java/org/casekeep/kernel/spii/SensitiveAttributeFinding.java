package org.casekeep.kernel.spii;

import java.util.Objects;
import java.util.Set;

/**
 * A word or phrase in a text that records a person's race, ethnicity or religion.
 *
 * @param category {@value #RACE}, {@value #ETHNICITY} or {@value #RELIGION}.
 * @param start the offset of the first character in the scanned text, inclusive.
 * @param end the offset after the last character, exclusive; greater than {@code start}.
 * @param text the found characters, {@code scanned.substring(start, end)}.
 */
public record SensitiveAttributeFinding(String category, int start, int end, String text) {

	public static final String RACE = "race";

	public static final String ETHNICITY = "ethnicity";

	public static final String RELIGION = "religion";

	private static final Set<String> CATEGORIES = Set.of(RACE, ETHNICITY, RELIGION);

	/**
	 * @throws IllegalArgumentException if the category is unknown or the span does not fit {@code text}.
	 */
	public SensitiveAttributeFinding {
		Objects.requireNonNull(text, "text must not be null");
		if (!CATEGORIES.contains(category)) {
			throw new IllegalArgumentException("Unknown category '" + category + "'; expected one of " + CATEGORIES);
		}
		if (start < 0 || end <= start || end - start != text.length()) {
			throw new IllegalArgumentException(
					"Span [" + start + ", " + end + ") does not fit a text of " + text.length() + " characters");
		}
	}
}
