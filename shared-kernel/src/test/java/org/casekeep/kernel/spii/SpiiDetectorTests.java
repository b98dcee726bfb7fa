package org.casekeep.kernel.spii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.casekeep.kernel.values.ReceiptNumber;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpiiDetectorTests {

	private static final Clock TODAY = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

	private final SpiiDetector detector = new SpiiDetector(TODAY);

	private List<String> found(SpiiKind kind, String text) {
		return detector.scan(text).stream().filter(finding -> finding.kind() == kind).map(SpiiFinding::text).toList();
	}

	@Nested
	class SocialSecurityNumbers {

		@Test
		void findsHyphenatedSsnWithoutAnyCue() {
			assertThat(detector.scan("Please redact 212-48-7391 before release."))
				.extracting(SpiiFinding::kind, SpiiFinding::start, SpiiFinding::end, SpiiFinding::text)
				.containsExactly(tuple(SpiiKind.SSN, 14, 25, "212-48-7391"));
		}

		@ParameterizedTest
		@ValueSource(strings = { "000-12-3456", "666-12-3456", "900-12-3456", "987-65-4321", "999-12-3456" })
		void rejectsSsnWithAnAreaNumberThatIsNeverIssued(String ssn) {
			assertThat(detector.scan("SSN " + ssn)).isEmpty();
		}

		@Test
		void rejectsSsnWithAreaNumber666() {
			assertThat(detector.scan("SSN: 666-45-1234 and SSN 666451234")).isEmpty();
		}

		@Test
		void acceptsAreaNumbersNextToTheExcludedOnes() {
			assertThat(found(SpiiKind.SSN, "665-12-3456, 667-12-3456 and 899-12-3456")).containsExactly("665-12-3456",
					"667-12-3456", "899-12-3456");
		}

		@Test
		void rejectsSsnWithGroup00OrSerial0000() {
			assertThat(detector.scan("SSN 123-00-4567, SSN 123-45-0000")).isEmpty();
		}

		@Test
		void findsNineDigitAndSpacedSsnsOnlyNearAnSsnCue() {
			assertThat(found(SpiiKind.SSN, "SSN: 212487391")).containsExactly("212487391");
			assertThat(found(SpiiKind.SSN, "Social Security number 212 48 7391")).containsExactly("212 48 7391");
			assertThat(found(SpiiKind.SSN, "soc. sec. #212487391")).containsExactly("212487391");
			assertThat(detector.scan("Confirmation 212487391")).isEmpty();
			assertThat(detector.scan("Code 212 48 7391")).isEmpty();
		}

		@Test
		void ignoresAnSsnCueMoreThanThirtyCharactersBeforeTheNumber() {
			assertThat(detector.scan("SSN was removed per policy; see attachment 212487391")).isEmpty();
			assertThat(found(SpiiKind.SSN, "SSN (see the attached card): 212487391")).containsExactly("212487391");
		}

		@Test
		void letsTheNearestCueDecide() {
			assertThat(detector.scan("SSN on file; account number 345678912 for the refund")).isEmpty();
		}

		@ParameterizedTest
		@ValueSource(strings = { "1212-48-7391", "212-48-73910", "212-48-7391-2", "9212487391", "SSN 2124873910",
				"1-212-48-7391" })
		void doesNotFireInsideLongerDigitRuns(String text) {
			assertThat(found(SpiiKind.SSN, text)).isEmpty();
		}

		@ParameterizedTest
		@ValueSource(strings = { "555-123-4567", "(202) 555-0143", "SSN card: call 1-800-772-1213", "20528-0075",
				"DC 20002-4213", "ZIP code 941031234 near SSN" })
		void doesNotMistakePhoneNumbersOrZipCodesForSsns(String text) {
			assertThat(detector.scan(text)).isEmpty();
		}
	}

	@Nested
	class ANumbers {

		@ParameterizedTest
		@ValueSource(strings = { "A201456789", "A-201456789", "A#201456789", "A# 201456789", "a201456789",
				"A12345678", "A 201 456 789", "A201-456-789", "A-201-456-789" })
		void findsANumbersWithTheirPrefix(String aNumber) {
			assertThat(found(SpiiKind.A_NUMBER, "Detainee " + aNumber + ", held in Texas")).containsExactly(aNumber);
		}

		@ParameterizedTest
		@ValueSource(strings = { "A1234567", "A1234567890", "AA12345678", "A12345678B", "A-1234567" })
		void rejectsANumbersWithTooFewOrTooManyDigitsOrInsideWords(String text) {
			assertThat(detector.scan("Ref " + text + " today")).isEmpty();
		}

		@Test
		void takesALowerCaseAFollowedByASpaceForTheArticle() {
			assertThat(detector.scan("I have a 12345678 ticket")).isEmpty();
			assertThat(found(SpiiKind.A_NUMBER, "Her file is A 12345678")).containsExactly("A 12345678");
		}

		@Test
		void findsBareDigitsAfterAnANumberCue() {
			assertThat(found(SpiiKind.A_NUMBER, "A-Number: 123456789")).containsExactly("123456789");
			assertThat(found(SpiiKind.A_NUMBER, "alien registration number 204-559-816"))
				.containsExactly("204-559-816");
			assertThat(found(SpiiKind.A_NUMBER, "A#: 98765432")).containsExactly("98765432");
		}

		@Test
		void prefersAnANumberCueOverAnSsnCueFurtherBack() {
			assertThat(detector.scan("SSN 212-48-7391, A-Number 212487392"))
				.extracting(SpiiFinding::kind, SpiiFinding::text)
				.containsExactly(tuple(SpiiKind.SSN, "212-48-7391"), tuple(SpiiKind.A_NUMBER, "212487392"));
		}
	}

	@Nested
	class ReceiptNumbers {

		@Test
		void findsEveryKnownPrefix() {
			for (String prefix : ReceiptNumber.knownPrefixes()) {
				assertThat(found(SpiiKind.RECEIPT_NUMBER, "Case " + prefix + "2190012345 pending"))
					.containsExactly(prefix + "2190012345");
			}
		}

		@ParameterizedTest
		@ValueSource(strings = { "EAC 2190012345", "EAC-2190012345", "EAC-21-900-12345", "EAC 21 900 12345",
				"eac2190012345" })
		void findsTheWrittenVariants(String receipt) {
			assertThat(found(SpiiKind.RECEIPT_NUMBER, "Re: " + receipt + ".")).containsExactly(receipt);
		}

		@ParameterizedTest
		@ValueSource(strings = { "ABC2190012345", "TSC2190012345", "EAC219001234", "EAC21900123456", "XEAC2190012345",
				"EAC-21-900 12345" })
		void rejectsUnknownPrefixesWrongLengthsAndMixedSeparators(String text) {
			assertThat(detector.scan("Code " + text + " today")).isEmpty();
		}
	}

	@Nested
	class DatesOfBirth {

		@ParameterizedTest
		@ValueSource(strings = { "03/14/1985", "3/4/85", "1985-03-14", "March 14, 1985", "Mar. 14 1985", "14 Mar 1985",
				"14th of March 1985", "03-14-1985", "03.14.1985" })
		void findsTheWrittenFormsAfterABirthCue(String date) {
			assertThat(found(SpiiKind.DATE_OF_BIRTH, "DOB: " + date + ".")).containsExactly(date);
		}

		@ParameterizedTest
		@ValueSource(strings = { "DOB", "D.O.B.", "date of birth", "Birthdate", "birth date", "birthday is", "born on",
				"was born", "fecha de nacimiento" })
		void recognizesTheBirthCues(String cue) {
			assertThat(found(SpiiKind.DATE_OF_BIRTH, cue + " 01/02/1980")).containsExactly("01/02/1980");
		}

		@Test
		void ignoresDatesWithoutABirthCue() {
			assertThat(detector.scan("The meeting on 03/14/1985 and the hearing on January 5, 2026.")).isEmpty();
		}

		@ParameterizedTest
		@ValueSource(strings = { "02/30/1980", "13/01/1980", "1980-02-30", "February 29, 1981", "01/02/2027",
				"01/02/1880" })
		void rejectsImpossibleFutureOrImplausiblyOldDates(String date) {
			assertThat(detector.scan("DOB " + date)).isEmpty();
		}

		@Test
		void readsTwoDigitYearsAsTheLatestYearNotInTheFuture() {
			assertThat(found(SpiiKind.DATE_OF_BIRTH, "born 8/15/93")).containsExactly("8/15/93");
			assertThat(found(SpiiKind.DATE_OF_BIRTH, "born 8/15/24")).containsExactly("8/15/24");
		}

		@Test
		void doesNotCarryACueOverToTheNextDate() {
			assertThat(found(SpiiKind.DATE_OF_BIRTH, "DOB 4/5/1970, 6/7/2023")).containsExactly("4/5/1970");
			assertThat(detector.scan("DOB unknown; arrived 6/7/2023")).isEmpty();
		}

		@Test
		void countsAParenthesizedCueRightAfterTheDate() {
			assertThat(found(SpiiKind.DATE_OF_BIRTH, "Patient 01/02/1980 (DOB), no allergies"))
				.containsExactly("01/02/1980");
			assertThat(detector.scan("Seen 01/02/2020, DOB on file")).isEmpty();
		}
	}

	@Nested
	class Redaction {

		@Test
		void redactsEveryFindingAndKeepsTheRest() {
			String text = "SSN 212-48-7391, A# A201456789, receipt EAC2190012345, DOB 01/02/1980; call 555-123-4567.";

			assertThat(detector.redactAll(text)).isEqualTo("SSN [REDACTED SSN], A# [REDACTED A_NUMBER], receipt "
					+ "[REDACTED RECEIPT_NUMBER], DOB [REDACTED DATE_OF_BIRTH]; call 555-123-4567.");
		}

		@Test
		void redactsFindingsGivenInAnyOrder() {
			String text = "212-48-7391 and A201456789";
			List<SpiiFinding> reversed = detector.scan(text).reversed();

			assertThat(detector.redact(text, reversed)).isEqualTo("[REDACTED SSN] and [REDACTED A_NUMBER]");
		}

		@Test
		void leavesTextWithoutFindingsAsItIs() {
			String text = "Thank you for your letter of 03/14/2025.";

			assertThat(detector.redactAll(text)).isEqualTo(text);
		}

		@Test
		void refusesFindingsThatAreNotInTheText() {
			SpiiFinding elsewhere = new SpiiFinding(SpiiKind.SSN, 0, 11, "212-48-7391");

			assertThatIllegalArgumentException().isThrownBy(() -> detector.redact("something else", List.of(elsewhere)));
			assertThatIllegalArgumentException().isThrownBy(() -> detector.redact("short", List.of(elsewhere)));
		}

		@Test
		void refusesOverlappingFindings() {
			String text = "A201456789";
			List<SpiiFinding> overlapping = List.of(new SpiiFinding(SpiiKind.A_NUMBER, 0, 10, text),
					new SpiiFinding(SpiiKind.SSN, 1, 10, "201456789"));

			assertThatIllegalArgumentException().isThrownBy(() -> detector.redact(text, overlapping));
		}

		@Test
		void findsNothingNewInRedactedText() {
			String text = "SSN 212-48-7391 987654329 and DOB 01/02/1980 02/03/1981";
			String redacted = detector.redactAll(text);

			assertThat(detector.scan(redacted)).isEmpty();
		}
	}

	@Test
	void returnsFindingsSortedByStartWithoutOverlaps() {
		List<SpiiFinding> findings = detector
			.scan("DOB 01/02/1980 A#12345678 SSN 212487391 EAC2190012345 A-Number A 201 456 789");

		assertThat(findings).extracting(SpiiFinding::text)
			.containsExactly("01/02/1980", "A#12345678", "212487391", "EAC2190012345", "A 201 456 789");
		for (int i = 1; i < findings.size(); i++) {
			assertThat(findings.get(i).start()).isGreaterThanOrEqualTo(findings.get(i - 1).end());
		}
	}

	@Test
	void findingToStringDoesNotRevealWhatWasFound() {
		SpiiFinding finding = detector.scan("SSN 212-48-7391").getFirst();

		assertThat(finding.toString()).doesNotContain("212", "7391").contains("SSN");
	}

	@Test
	void findingRejectsASpanThatDoesNotFitItsText() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SpiiFinding(SpiiKind.SSN, 3, 3, ""));
		assertThatIllegalArgumentException().isThrownBy(() -> new SpiiFinding(SpiiKind.SSN, 0, 5, "1234"));
	}

	@Test
	void labelsEachKindForPeople() {
		assertThat(SpiiKind.values()).extracting(SpiiKind::label)
			.containsExactly("Social Security number", "A-Number", "USCIS receipt number", "date of birth");
	}

	@Test
	void canBeSharedBetweenThreads() throws Exception {
		String text = "SSN 212-48-7391, A# A201456789, receipt EAC2190012345, DOB 01/02/1980";
		List<SpiiFinding> expected = detector.scan(text);
		try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
			List<Future<List<SpiiFinding>>> results = IntStream.range(0, 200)
				.mapToObj(i -> pool.submit(() -> detector.scan(text)))
				.toList();
			for (Future<List<SpiiFinding>> result : results) {
				assertThat(result.get()).isEqualTo(expected);
			}
		}
	}
}
