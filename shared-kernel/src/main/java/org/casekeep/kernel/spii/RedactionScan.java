package org.casekeep.kernel.spii;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds in a text what may identify a person before it leaves its file (a transcript for analysis, a report for the
 * public): the names of given people, whole or by a part of three letters or more (a first name alone, a surname
 * alone; a two-letter part only as capitalised in the name), and the SPII {@link SpiiDetector} finds. Never inside a
 * longer word; where findings overlap the first and then the longest wins. It finds; people decide which findings are
 * redacted, and {@link #redact(String, Collection)} renders the text with a marker for each.
 * <p>
 * A finding's kind is the {@link SpiiKind} name for SPII, {@link #MANUAL} for a span marked by hand, and the caller's
 * kind for each group of names (e.g. {@code PARTICIPANT_NAME}). Instances are immutable and thread-safe.
 */
public final class RedactionScan {

	/** The kind of a span an editor marks for redaction by hand. */
	public static final String MANUAL = "MANUAL";

	/** What replaces a redacted name. */
	public static final String NAME_MARKER = "[REDACTED NAME]";

	/** What replaces a span redacted by hand. */
	public static final String MANUAL_MARKER = "[REDACTED]";

	private static final String NOT_IN_WORD_BEFORE = "(?<![\\p{L}\\p{N}_])";
	private static final String NOT_IN_WORD_AFTER = "(?![\\p{L}\\p{N}_])";

	/**
	 * People whose names are looked for, with the kind and label their findings carry.
	 *
	 * @param kind e.g. {@code INTERVIEWEE_NAME}; must not be a {@link SpiiKind} name or {@link #MANUAL}.
	 * @param label as shown to reviewers, e.g. {@code interviewee's name}.
	 * @param names full names as recorded; blank ones are ignored.
	 */
	public record People(String kind, String label, Collection<String> names) {

		public People {
			Objects.requireNonNull(kind, "kind must not be null");
			Objects.requireNonNull(label, "label must not be null");
			names = List.copyOf(names);
			if (MANUAL.equals(kind) || isSpii(kind)) {
				throw new IllegalArgumentException("A kind of names must not be " + kind);
			}
		}
	}

	/**
	 * Something found, at {@code [start, end)} of the scanned text. {@link #toString()} is the record's: it holds no
	 * found text.
	 */
	public record Finding(String kind, String label, int start, int end) implements Redaction {

		public Finding {
			Objects.requireNonNull(kind, "kind must not be null");
			Objects.requireNonNull(label, "label must not be null");
			if (start < 0 || end <= start) {
				throw new IllegalArgumentException("Span [" + start + ", " + end + ") is empty or negative");
			}
		}
	}

	/** A span to replace by the marker of its kind. */
	public interface Redaction {

		String kind();

		int start();

		int end();
	}

	private final SpiiDetector spii;

	public RedactionScan() {
		this(new SpiiDetector());
	}

	public RedactionScan(SpiiDetector spii) {
		this.spii = Objects.requireNonNull(spii, "spii must not be null");
	}

	/**
	 * @param text the text to scan, must not be {@literal null}.
	 * @param people the groups of people whose names are looked for; a name in two groups is found with the first.
	 * @return the findings of the text, in text order, none overlapping.
	 */
	public List<Finding> scan(String text, List<People> people) {
		Objects.requireNonNull(text, "text must not be null");
		List<Finding> candidates = new ArrayList<>();
		for (People group : people) {
			for (Pattern pattern : patterns(group.names())) {
				Matcher matcher = pattern.matcher(text);
				while (matcher.find()) {
					candidates.add(new Finding(group.kind(), group.label(), matcher.start(), matcher.end()));
				}
			}
		}
		for (SpiiFinding found : spii.scan(text)) {
			candidates.add(new Finding(found.kind().name(), found.kind().label(), found.start(), found.end()));
		}
		// Stable sort: of two spans alike, the earlier group's wins.
		candidates.sort(Comparator.comparingInt(Finding::start)
			.thenComparing(Comparator.comparingInt((Finding f) -> f.end() - f.start()).reversed()));
		List<Finding> kept = new ArrayList<>();
		int end = -1;
		for (Finding candidate : candidates) {
			if (candidate.start() >= end) {
				kept.add(candidate);
				end = candidate.end();
			}
		}
		return List.copyOf(kept);
	}

	/**
	 * @return what replaces a redacted span of {@code kind}: the kernel's SPII marker (e.g. {@code [REDACTED
	 * A_NUMBER]}), {@link #MANUAL_MARKER} for a span marked by hand, {@link #NAME_MARKER} for a name.
	 */
	public static String marker(String kind) {
		if (MANUAL.equals(kind)) {
			return MANUAL_MARKER;
		}
		return isSpii(kind) ? SpiiDetector.redactionMarker(SpiiKind.valueOf(kind)) : NAME_MARKER;
	}

	/**
	 * @param text the text the spans are in, must not be {@literal null}.
	 * @param redactions spans of {@code text}, in any order, not overlapping.
	 * @return the text with each span replaced by the {@linkplain #marker(String) marker} of its kind.
	 * @throws IllegalArgumentException if a span lies outside the text or two overlap.
	 */
	public static String redact(String text, Collection<? extends Redaction> redactions) {
		List<? extends Redaction> ordered = redactions.stream().sorted(Comparator.comparingInt(Redaction::start))
			.toList();
		StringBuilder out = new StringBuilder(text.length());
		int copied = 0;
		for (Redaction redaction : ordered) {
			if (redaction.start() < copied || redaction.end() > text.length() || redaction.end() <= redaction.start()) {
				throw new IllegalArgumentException("Span [" + redaction.start() + ", " + redaction.end()
						+ ") overlaps another or lies outside a text of " + text.length() + " characters");
			}
			out.append(text, copied, redaction.start()).append(marker(redaction.kind()));
			copied = redaction.end();
		}
		return out.append(text, copied, text.length()).toString();
	}

	private static boolean isSpii(String kind) {
		for (SpiiKind spiiKind : SpiiKind.values()) {
			if (spiiKind.name().equals(kind)) {
				return true;
			}
		}
		return false;
	}

	private static List<Pattern> patterns(Collection<String> names) {
		Set<String> insensitive = new LinkedHashSet<>();
		Set<String> exact = new LinkedHashSet<>();
		for (String name : names) {
			String whole = name.strip().replaceAll("\\s+", " ");
			if (whole.isEmpty()) {
				continue;
			}
			insensitive.add(whole.toLowerCase(Locale.ROOT));
			for (String part : whole.split("[\\s.,_\\-]+")) {
				if (part.codePointCount(0, part.length()) >= 3) {
					insensitive.add(part.toLowerCase(Locale.ROOT));
				}
				else if (part.length() == 2 && Character.isUpperCase(part.charAt(0))) {
					exact.add(part);
				}
			}
		}
		List<Pattern> patterns = new ArrayList<>();
		insensitive.forEach(n -> patterns.add(Pattern.compile(NOT_IN_WORD_BEFORE
				+ Pattern.quote(n).replace(" ", "\\E\\s+\\Q") + NOT_IN_WORD_AFTER,
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
		exact.forEach(n -> patterns.add(Pattern.compile(NOT_IN_WORD_BEFORE + Pattern.quote(n) + NOT_IN_WORD_AFTER)));
		return patterns;
	}
}
