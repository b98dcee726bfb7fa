package org.casekeep.kernel.spii;

import java.util.Objects;

/**
 * One piece of sensitive PII found in a text.
 * <p>
 * {@link #toString()} leaves the found text out, so that logging a finding does not log what it found.
 *
 * @param kind what was found, must not be {@literal null}.
 * @param start the offset of the first character in the scanned text, inclusive.
 * @param end the offset after the last character, exclusive; greater than {@code start}.
 * @param text the found characters, {@code scanned.substring(start, end)}.
 */
public record SpiiFinding(SpiiKind kind, int start, int end, String text) {

	/**
	 * @throws IllegalArgumentException if the span is empty or negative or does not match the length of {@code text}.
	 */
	public SpiiFinding {
		Objects.requireNonNull(kind, "kind must not be null");
		Objects.requireNonNull(text, "text must not be null");
		if (start < 0 || end <= start || end - start != text.length()) {
			throw new IllegalArgumentException(
					"Span [" + start + ", " + end + ") does not fit a text of " + text.length() + " characters");
		}
	}

	/**
	 * @return the number of characters found.
	 */
	public int length() {
		return end - start;
	}

	/**
	 * @return the kind and span, never the found text.
	 */
	@Override
	public String toString() {
		return "SpiiFinding[kind=" + kind + ", start=" + start + ", end=" + end + "]";
	}
}
