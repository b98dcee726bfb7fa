package org.casekeep.kernel.spii;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casekeep.kernel.spii.ContextCues.Cue;
import org.casekeep.kernel.values.ANumber;
import org.casekeep.kernel.values.ReceiptNumber;
import org.casekeep.kernel.values.SocialSecurityNumber;
import org.jspecify.annotations.Nullable;

/**
 * Finds sensitive PII in free text and redacts it. Tuned for precision as much as recall: letters and case notes are
 * full of phone numbers, ZIP codes, invoice numbers and meeting dates, and a warning that cries wolf is ignored.
 *
 * <h2>What is found</h2>
 * <ul>
 * <li><b>{@link SpiiKind#SSN}</b>: {@code 123-45-6789} anywhere; {@code 123456789} and {@code 123 45 6789} only with an
 * SSN cue ({@code SSN}, {@code social security}, {@code soc. sec.}, {@code SS#}). The number must be issuable
 * ({@link SocialSecurityNumber#isValid(String)}: area not 000, 666 or 900–999, group not 00, serial not 0000).</li>
 * <li><b>{@link SpiiKind#A_NUMBER}</b>: {@code A}, {@code A-} or {@code A#} (any case, optionally one space after
 * {@code -} or {@code #}) or a capital {@code A} and one space, followed by 8 or 9 digits, optionally grouped
 * {@code 123-456-789} / {@code 123 456 789}; the finding includes the prefix. Bare 8 or 9 digits (or the grouped form)
 * only with an A-Number cue ({@code A-Number}, {@code A#}, {@code alien registration number}, {@code A-File},
 * {@code USCIS #}); the finding is the digits. {@link ANumber#isValid(String)} has the last word.</li>
 * <li><b>{@link SpiiKind#RECEIPT_NUMBER}</b>: a {@linkplain ReceiptNumber#knownPrefixes() known prefix} and 10 digits,
 * optionally written {@code EAC 2190012345} or {@code EAC-21-900-12345}, as {@link ReceiptNumber#isValid(String)}
 * accepts; no cue needed, because the prefix is cue enough.</li>
 * <li><b>{@link SpiiKind#DATE_OF_BIRTH}</b>: a date written {@code MM/DD/YYYY} or {@code M/D/YY} (also with {@code -}
 * or {@code .}), {@code YYYY-MM-DD}, {@code January 5, 1980} or {@code 5 Jan 1980} that exists, is not in the future
 * and not more than 125 years ago, and has a birth cue ({@code DOB}, {@code D.O.B.},
 * {@code date of birth}, {@code birth date}, {@code birthday}, {@code born}). Other dates are not findings.</li>
 * </ul>
 * A value is never found inside a longer word or run of digits: {@code 1123-45-6789}, {@code 123-45-67890},
 * {@code EAC21900123456} and {@code A1234567890} are not findings, and neither are phone numbers
 * ({@code 555-123-4567}) or ZIP+4 codes ({@code 20528-0075}), whose shapes differ from an SSN's.
 *
 * <h2>Cues</h2>
 * A cue must end within 30 characters before the value, and the nearest cue wins: in
 * {@code SSN on file; account 123456789} the word "account" is nearer than "SSN", so the account number is not an
 * SSN. A cue never reaches past another value: in {@code DOB 01/02/1980, arrived 03/04/2001} only the first date is a
 * date of birth. A parenthesized cue right after the value also counts: {@code 01/02/1980 (DOB)}. A redaction marker
 * such as {@code [REDACTED SSN]} is treated as a value, so that redacted text yields no new findings.
 *
 * <h2>Contract</h2>
 * {@link #scan(String)} returns findings that do not overlap, sorted by start. Where two candidates overlap, the one
 * that starts first wins, and of two starting together the longer: {@code A#12345678} is one A-Number, not an A-Number
 * with a bare number inside. Instances are immutable and thread-safe.
 */
public final class SpiiDetector {

	/** Not inside a word. */
	private static final String WORD_START = "(?<![\\p{L}\\p{N}_])";

	/**
	 * Not inside a word, nor inside a run of digits joined by punctuation ({@code 1-212-48-7391}): for values that
	 * start with a digit. A value that starts with a letter is set apart by the letter.
	 */
	private static final String DIGITS_START = WORD_START + "(?<!\\d[-./])";

	/** Not inside a word, nor inside a run of digits joined by punctuation. */
	private static final String END = "(?![\\p{L}\\p{N}_])(?![-./]\\d)";

	/** The shapes of values; whether a match is a finding is decided by {@link #classify}. */
	private enum Shape {

		FORMATTED_SSN(Pattern.compile(DIGITS_START + "\\d{3}-\\d{2}-\\d{4}" + END)),

		/** "a 12345678" is left out: with a space, only a capital A makes a prefix. */
		PREFIXED_A_NUMBER(Pattern.compile(WORD_START + "(?:[Aa](?:[-#] ?)?|A )"
				+ "(?:\\d{8,9}|\\d{3}([- ])\\d{3}\\1\\d{3}|\\d{2}([- ])\\d{3}\\2\\d{3})" + END)),

		RECEIPT_NUMBER(Pattern.compile(WORD_START + "\\p{Alpha}{3}[- ]?\\d{2}[- ]?\\d{3}[- ]?\\d{5}" + END)),

		/** An SSN without hyphens, or the digits of an A-Number: found only with a cue. */
		BARE_NUMBER(Pattern.compile(
				DIGITS_START + "(?:\\d{8,9}|\\d{3} \\d{2} \\d{4}|\\d{2,3}([- ])\\d{3}\\1\\d{3})" + END)),

		DATE(CalendarDates.WRITTEN),

		REDACTION_MARKER(Pattern.compile("\\[REDACTED [A-Z_]+]"));

		private final Pattern pattern;

		Shape(Pattern pattern) {
			this.pattern = pattern;
		}
	}

	private record Candidate(Shape shape, MatchResult match) {

		int start() {
			return match.start();
		}

		int end() {
			return match.end();
		}
	}

	private static final Comparator<Candidate> IN_TEXT_ORDER = Comparator.comparingInt(Candidate::start)
		.thenComparing(Comparator.comparingInt(Candidate::end).reversed());

	private static final Comparator<SpiiFinding> FIRST_AND_LONGEST = Comparator.comparingInt(SpiiFinding::start)
		.thenComparing(Comparator.comparingInt(SpiiFinding::end).reversed());

	private final Clock clock;

	/**
	 * A detector that judges dates of birth against today's date in UTC.
	 */
	public SpiiDetector() {
		this(Clock.systemUTC());
	}

	/**
	 * @param clock the clock that says what "today" is, so that a date in the future is not a date of birth; must not
	 *        be {@literal null}.
	 */
	public SpiiDetector(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock must not be null");
	}

	/**
	 * @param text the text to scan, must not be {@literal null}.
	 * @return the findings, not overlapping and sorted by start; empty if there are none.
	 */
	public List<SpiiFinding> scan(String text) {
		Objects.requireNonNull(text, "text must not be null");
		List<Candidate> candidates = candidates(text);
		NavigableSet<Integer> starts = new TreeSet<>();
		NavigableSet<Integer> ends = new TreeSet<>();
		for (Candidate candidate : candidates) {
			starts.add(candidate.start());
			ends.add(candidate.end());
		}
		LocalDate today = LocalDate.now(clock);
		List<SpiiFinding> findings = new ArrayList<>();
		for (Candidate candidate : candidates) {
			// a cue before a value must come after the previous value; one after it, before the next value
			int previousEnd = Objects.requireNonNullElse(ends.floor(candidate.start()), 0);
			int nextStart = Objects.requireNonNullElse(starts.ceiling(candidate.end()), text.length());
			SpiiKind kind = classify(text, candidate, previousEnd, nextStart, today);
			if (kind != null) {
				findings.add(new SpiiFinding(kind, candidate.start(), candidate.end(),
						text.substring(candidate.start(), candidate.end())));
			}
		}
		return withoutOverlaps(findings);
	}

	/**
	 * Replaces each finding with {@code [REDACTED <KIND>]}, e.g. {@code [REDACTED SSN]}, and keeps the rest of the text
	 * as it is.
	 *
	 * @param text the text the findings were found in, must not be {@literal null}.
	 * @param findings findings in {@code text}, in any order, not overlapping; must not be {@literal null}.
	 * @return the redacted text.
	 * @throws IllegalArgumentException if a finding does not match {@code text} at its span, or two findings overlap.
	 */
	public String redact(String text, List<SpiiFinding> findings) {
		Objects.requireNonNull(text, "text must not be null");
		List<SpiiFinding> ordered = findings.stream().sorted(Comparator.comparingInt(SpiiFinding::start)).toList();
		StringBuilder redacted = new StringBuilder(text.length());
		int copied = 0;
		for (SpiiFinding finding : ordered) {
			if (finding.start() < copied) {
				throw new IllegalArgumentException("Findings overlap at offset " + finding.start());
			}
			if (!text.startsWith(finding.text(), finding.start())) {
				throw new IllegalArgumentException(finding + " is not a finding in this text");
			}
			redacted.append(text, copied, finding.start()).append(redactionMarker(finding.kind()));
			copied = finding.end();
		}
		return redacted.append(text, copied, text.length()).toString();
	}

	/**
	 * @param text the text to scan and redact, must not be {@literal null}.
	 * @return {@code text} with every finding of {@link #scan(String)} redacted.
	 */
	public String redactAll(String text) {
		return redact(text, scan(text));
	}

	/**
	 * @return the text that replaces a finding of {@code kind} on redaction, e.g. {@code [REDACTED SSN]}.
	 */
	public static String redactionMarker(SpiiKind kind) {
		return "[REDACTED " + kind.name() + "]";
	}

	private static List<Candidate> candidates(String text) {
		List<Candidate> candidates = new ArrayList<>();
		for (Shape shape : Shape.values()) {
			Matcher matcher = shape.pattern.matcher(text);
			while (matcher.find()) {
				candidates.add(new Candidate(shape, matcher.toMatchResult()));
			}
		}
		candidates.sort(IN_TEXT_ORDER);
		return candidates;
	}

	private static @Nullable SpiiKind classify(String text, Candidate candidate, int previousEnd, int nextStart,
			LocalDate today) {
		String value = text.substring(candidate.start(), candidate.end());
		return switch (candidate.shape()) {
			case FORMATTED_SSN -> SocialSecurityNumber.isValid(value) ? SpiiKind.SSN : null;
			case PREFIXED_A_NUMBER -> ANumber.isValid(value) ? SpiiKind.A_NUMBER : null;
			case RECEIPT_NUMBER -> ReceiptNumber.isValid(value) ? SpiiKind.RECEIPT_NUMBER : null;
			case BARE_NUMBER -> {
				Cue cue = ContextCues.of(text, previousEnd, candidate.start(), candidate.end(), nextStart);
				if (cue == Cue.SSN && SocialSecurityNumber.isValid(value)) {
					yield SpiiKind.SSN;
				}
				yield cue == Cue.A_NUMBER && ANumber.isValid(value) ? SpiiKind.A_NUMBER : null;
			}
			case DATE -> {
				Cue cue = ContextCues.of(text, previousEnd, candidate.start(), candidate.end(), nextStart);
				yield cue == Cue.DATE_OF_BIRTH && CalendarDates.birthDate(candidate.match(), today) != null
						? SpiiKind.DATE_OF_BIRTH : null;
			}
			case REDACTION_MARKER -> null;
		};
	}

	private static List<SpiiFinding> withoutOverlaps(List<SpiiFinding> findings) {
		findings.sort(FIRST_AND_LONGEST);
		List<SpiiFinding> kept = new ArrayList<>(findings.size());
		int keptEnd = 0;
		for (SpiiFinding finding : findings) {
			if (kept.isEmpty() || finding.start() >= keptEnd) {
				kept.add(finding);
				keptEnd = finding.end();
			}
		}
		return List.copyOf(kept);
	}
}
