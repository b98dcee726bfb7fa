package org.casekeep.kernel.spii;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.casekeep.kernel.values.SocialSecurityNumber;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Properties of scanning and redaction over random texts built from the pieces that make detection hard: cues, valid
 * and invalid identifiers, near misses, dates, separators and filler words. Each repetition has its own fixed seed,
 * so a failure names a text that can be replayed.
 * <p>
 * Plain JUnit rather than jqwik: jqwik's engine (1.10) asks AI coding agents, who wrote these tests, not to use it,
 * and that request is respected here.
 */
class SpiiRedactionPropertyTests {

	private static final Clock TODAY = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

	private static final List<String> CUES = List.of("SSN", "SSN:", "social security number", "Soc. Sec. #", "A-Number",
			"A#", "alien number", "USCIS#", "DOB", "D.O.B.", "born on", "date of birth", "account", "phone", "arrived",
			"invoice", "ZIP", "[REDACTED SSN]", "[REDACTED A_NUMBER]");

	private static final List<String> WORDS = List.of("the", "letter", "of", "case", "and", "detainee", "a", "A",
			"EAC", "WAC", "IOE", "ABC", "TSC", "number", "on", "is", "file", "(", ")", "-", "#", "Ms. Cruz", "OIDO-2027-000123");

	private static final List<String> SEPARATORS = List.of(" ", " ", " ", ", ", "; ", ": ", "\n", "-", "/", ".", "",
			" (", ") ");

	private static final List<String> PREFIXES = List.of("EAC", "WAC", "LIN", "SRC", "NBC", "MSC", "YSC", "IOE", "ABC",
			"eac", "TSC");

	private final SpiiDetector detector = new SpiiDetector(TODAY);

	@RepeatedTest(500)
	void redactedTextHoldsNothingToFind(RepetitionInfo repetition) {
		String text = randomText(new Random(repetition.getCurrentRepetition()));
		String redacted = detector.redactAll(text);

		assertThat(detector.scan(redacted)).as("findings in %s (redacted from %s)", redacted, text).isEmpty();
	}

	@RepeatedTest(500)
	void findingsAreOrderedDisjointAndTrueToTheText(RepetitionInfo repetition) {
		String text = randomText(new Random(repetition.getCurrentRepetition()));
		List<SpiiFinding> findings = detector.scan(text);

		int previousEnd = 0;
		for (SpiiFinding finding : findings) {
			assertThat(finding.start()).as("start of %s in %s", finding, text).isGreaterThanOrEqualTo(previousEnd);
			assertThat(text.substring(finding.start(), finding.end())).isEqualTo(finding.text());
			if (finding.kind() == SpiiKind.SSN) {
				assertThat(SocialSecurityNumber.isValid(finding.text())).as("SSN %s in %s", finding.text(), text)
					.isTrue();
			}
			previousEnd = finding.end();
		}
	}

	@RepeatedTest(500)
	void redactionChangesNothingButTheFindings(RepetitionInfo repetition) {
		String text = randomText(new Random(repetition.getCurrentRepetition()));
		List<SpiiFinding> findings = detector.scan(text);
		String redacted = detector.redact(text, findings);

		StringBuilder restored = new StringBuilder(redacted);
		for (SpiiFinding finding : findings.reversed()) {
			String marker = SpiiDetector.redactionMarker(finding.kind());
			int at = finding.start() + offset(findings, finding);
			assertThat(restored.substring(at, at + marker.length())).isEqualTo(marker);
			restored.replace(at, at + marker.length(), finding.text());
		}
		assertThat(restored.toString()).isEqualTo(text);
	}

	/** How far the redaction of the findings before {@code finding} moves it. */
	private static int offset(List<SpiiFinding> findings, SpiiFinding finding) {
		int offset = 0;
		for (SpiiFinding before : findings) {
			if (before.start() >= finding.start()) {
				break;
			}
			offset += SpiiDetector.redactionMarker(before.kind()).length() - before.length();
		}
		return offset;
	}

	private static String randomText(Random random) {
		StringBuilder text = new StringBuilder();
		int pieces = 3 + random.nextInt(12);
		for (int i = 0; i < pieces; i++) {
			text.append(pick(random, PIECES).apply(random)).append(pick(random, SEPARATORS));
		}
		return text.toString();
	}

	private static final List<Function<Random, String>> PIECES = List.of(
			random -> pick(random, CUES),
			random -> pick(random, WORDS),
			random -> pick(random, WORDS),
			random -> digits(random, 3) + "-" + digits(random, 2) + "-" + digits(random, 4),
			random -> digits(random, 3) + " " + digits(random, 2) + " " + digits(random, 4),
			random -> digits(random, 8 + random.nextInt(3)),
			random -> pick(random, List.of("000", "666", "912", "123")) + "-" + pick(random, List.of("00", "45"))
					+ "-" + pick(random, List.of("0000", "6789")),
			random -> pick(random, List.of("A", "a", "A-", "A#", "A# ", "A ")) + digits(random, 7 + random.nextInt(4)),
			random -> "A" + digits(random, 3) + pick(random, List.of("-", " ")) + digits(random, 3) + "-"
					+ digits(random, 3),
			random -> pick(random, PREFIXES) + pick(random, List.of("", " ", "-")) + digits(random, 9 + random.nextInt(3)),
			random -> (1 + random.nextInt(13)) + "/" + (1 + random.nextInt(31)) + "/"
					+ (random.nextBoolean() ? String.valueOf(1900 + random.nextInt(140)) : digits(random, 2)),
			random -> (1900 + random.nextInt(140)) + "-" + digits(random, 2) + "-" + digits(random, 2),
			random -> pick(random, List.of("January", "Feb.", "March", "Sept", "Dec")) + " " + (1 + random.nextInt(31))
					+ ", " + (1900 + random.nextInt(140)),
			random -> digits(random, 1 + random.nextInt(12)));

	private static String digits(Random random, int count) {
		StringBuilder digits = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			digits.append((char) ('0' + random.nextInt(10)));
		}
		return digits.toString();
	}

	private static <T> T pick(Random random, List<T> choices) {
		return choices.get(random.nextInt(choices.size()));
	}
}
