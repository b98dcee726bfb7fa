package org.casekeep.kernel.spii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class RedactionScanTests {

	private final RedactionScan scan = new RedactionScan();

	private static RedactionScan.People interviewees(String... names) {
		return new RedactionScan.People("INTERVIEWEE_NAME", "interviewee's name", List.of(names));
	}

	private static List<String> found(String text, List<RedactionScan.Finding> findings) {
		return findings.stream().map(f -> text.substring(f.start(), f.end())).toList();
	}

	@Test
	void findsAWholeNameAndEachPartOfThreeLettersOrMoreInAnyCase() {
		String text = "We met Dana Smith. Later DANA said smith had left; Ms. Smithers did not.";
		List<RedactionScan.Finding> findings = scan.scan(text, List.of(interviewees("Dana  Smith")));
		assertThat(found(text, findings)).containsExactly("Dana Smith", "DANA", "smith");
		assertThat(findings).extracting(RedactionScan.Finding::kind).containsOnly("INTERVIEWEE_NAME");
	}

	@Test
	void aTwoLetterPartIsFoundOnlyAsCapitalisedAndNeverInsideAWord() {
		String text = "Jo and jo went to Joliet with Jo-Anne.";
		assertThat(found(text, scan.scan(text, List.of(interviewees("Jo Li"))))).containsExactly("Jo", "Jo");
	}

	@Test
	void findsSpiiNextToNamesInTextOrder() {
		String text = "A#212345678 belongs to Luis Ortega, DOB 03/04/1990.";
		assertThat(scan.scan(text, List.of(interviewees("Luis Ortega"))))
			.extracting(RedactionScan.Finding::kind, RedactionScan.Finding::label)
			.containsExactly(tuple("A_NUMBER", "A-Number"), tuple("INTERVIEWEE_NAME", "interviewee's name"),
					tuple("DATE_OF_BIRTH", "date of birth"));
	}

	@Test
	void ofOverlappingFindingsTheFirstThenTheLongestWinsAndTheEarlierGroupOnATie() {
		String text = "Officer Ann Lee Park signed.";
		List<RedactionScan.Finding> findings = scan.scan(text, List.of(
				new RedactionScan.People("STAFF_NAME", "staff member's name", List.of("Ann Lee")),
				interviewees("Lee Park", "Ann Lee")));
		assertThat(found(text, findings)).containsExactly("Ann Lee", "Park");
		assertThat(findings.getFirst().kind()).isEqualTo("STAFF_NAME");
	}

	@Test
	void redactingReplacesEachSpanByTheMarkerOfItsKind() {
		String text = "Luis Ortega, A#212345678, cell 4B.";
		List<RedactionScan.Redaction> spans = new ArrayList<>(scan.scan(text, List.of(interviewees("Luis Ortega"))));
		spans.add(new RedactionScan.Finding(RedactionScan.MANUAL, "marked by hand", 26, 33));
		assertThat(RedactionScan.redact(text, spans))
			.isEqualTo("[REDACTED NAME], [REDACTED A_NUMBER], [REDACTED].");
		assertThat(RedactionScan.redact(text, List.of())).isEqualTo(text);
	}

	@Test
	void refusesOverlappingSpansAndKindsThatAreNotNames() {
		String text = "Luis Ortega";
		assertThatIllegalArgumentException().isThrownBy(() -> RedactionScan.redact(text, List.of(
				new RedactionScan.Finding("X_NAME", "x", 0, 6), new RedactionScan.Finding("X_NAME", "x", 4, 11))));
		assertThatIllegalArgumentException().isThrownBy(() -> RedactionScan.redact(text, List.of(
				new RedactionScan.Finding("X_NAME", "x", 5, 12))));
		assertThatIllegalArgumentException().isThrownBy(() -> new RedactionScan.People("SSN", "x", List.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RedactionScan.People(RedactionScan.MANUAL, "x", List.of()));
	}

	/** Property: findings never overlap, come in text order, and redacting all of them leaves no name behind. */
	@RepeatedTest(50)
	void redactingEveryFindingLeavesNoWholeNameAndNoOverlap(RepetitionInfo repetition) {
		Random random = new Random(repetition.getCurrentRepetition());
		String[] first = { "Ana", "Luis", "Dana", "María", "Jo" };
		String[] last = { "Ortega", "Smith", "Nguyen", "Ali", "Park" };
		String name = first[random.nextInt(first.length)] + " " + last[random.nextInt(last.length)];
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			text.append(switch (random.nextInt(4)) {
				case 0 -> name;
				case 1 -> "A-" + (200_000_000 + random.nextInt(99_999_999));
				case 2 -> "the unit";
				default -> "staff";
			}).append(random.nextBoolean() ? ", " : " and ");
		}
		List<RedactionScan.Finding> findings = scan.scan(text.toString(), List.of(interviewees(name)));
		for (int i = 1; i < findings.size(); i++) {
			assertThat(findings.get(i).start()).isGreaterThanOrEqualTo(findings.get(i - 1).end());
		}
		String redacted = RedactionScan.redact(text.toString(), findings);
		assertThat(redacted).doesNotContain(name);
		assertThat(new SpiiDetector().scan(redacted)).isEmpty();
	}
}
