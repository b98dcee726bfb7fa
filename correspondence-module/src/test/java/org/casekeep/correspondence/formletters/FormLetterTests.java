package org.casekeep.correspondence.formletters;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Stream;

import org.casekeep.correspondence.AggregateState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A form letter guards the versions it keeps (Intranet Quorum): a draft is submitted, a submitted version approved or
 * sent back, an approved one retired when the next is approved, as {@link FormLetter.Status#next()} says. Any other
 * step is refused with the conflict the API has always answered (409) and changes nothing. No Spring, no database.
 */
class FormLetterTests {

	static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");

	/** A letter whose latest version is in the status, reached the way the office reaches it. */
	static FormLetter in(FormLetter.Status status) {
		FormLetter letter = new FormLetter("Thank you", "ESEC", "esec-writer", NOW);
		FormLetter.Revision first = letter.write("Dear {{salutation}} {{lastName}},", null, "esec-writer", NOW);
		if (status == FormLetter.Status.DRAFT) {
			return letter;
		}
		first.submit();
		if (status == FormLetter.Status.PENDING_APPROVAL) {
			return letter;
		}
		first.approve("esec-approver", NOW);
		if (status == FormLetter.Status.APPROVED) {
			return letter;
		}
		FormLetter.Revision second = letter.write("Dear {{fullName}},", "Shorter", "esec-writer", NOW);
		second.submit();
		second.approve("esec-approver", NOW);
		return letter;
	}

	/** The first version, which {@link #in} leaves in the status asked for. */
	static FormLetter.Revision first(FormLetter letter) {
		return letter.revision(1).orElseThrow();
	}

	static void move(FormLetter letter, FormLetter.Revision revision, FormLetter.Status to) {
		switch (to) {
			case PENDING_APPROVAL -> revision.submit();
			case APPROVED -> revision.approve("esec-approver", NOW);
			case DRAFT -> revision.returnToDraft("esec-approver", NOW);
			case RETIRED -> {
				// Only approving a newer version retires one.
				FormLetter.Revision newer = letter.write("Dear {{fullName}}, thank you.", null, "esec-writer", NOW);
				newer.submit();
				newer.approve("esec-approver", NOW);
			}
		}
	}

	static Stream<Arguments> moves() {
		return EnumSet.allOf(FormLetter.Status.class).stream()
			.flatMap(from -> EnumSet.complementOf(EnumSet.of(FormLetter.Status.RETIRED)).stream()
				.map(to -> Arguments.of(from, to)));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("moves")
	void aVersionMovesOnlyWhereItsStatusAllows(FormLetter.Status from, FormLetter.Status to) {
		FormLetter letter = in(from);
		FormLetter.Revision revision = first(letter);
		assertThat(revision.getStatus()).isEqualTo(from);
		if (from.next().contains(to)) {
			move(letter, revision, to);
			assertThat(revision.getStatus()).isEqualTo(to);
			return;
		}
		Map<String, Object> before = AggregateState.of(letter);
		assertThatThrownBy(() -> move(letter, revision, to)).isInstanceOf(FormLetterStateException.class)
			.hasMessage(refusal(to) + " (version 1 is " + from + ")");
		assertThat(AggregateState.of(letter)).isEqualTo(before);
	}

	static String refusal(FormLetter.Status to) {
		return switch (to) {
			case PENDING_APPROVAL -> "Only a draft can be submitted for approval";
			case APPROVED -> "Only a version submitted for approval can be approved";
			case DRAFT -> "Only a version submitted for approval can be sent back";
			case RETIRED -> throw new IllegalArgumentException();
		};
	}

	@Test
	void approvingAVersionRetiresTheOneApprovedBefore() {
		FormLetter letter = in(FormLetter.Status.APPROVED);
		FormLetter.Revision first = letter.revision(1).orElseThrow();

		move(letter, first, FormLetter.Status.RETIRED);

		assertThat(first.getStatus()).isEqualTo(FormLetter.Status.RETIRED);
		assertThat(letter.approved()).map(FormLetter.Revision::getNumber).contains(2);
		assertThat(FormLetter.Status.RETIRED.next()).isEmpty();
	}

	@Test
	void aSecondApprovalOfTheSameVersionIsRefusedAndRetiresNothing() {
		FormLetter letter = in(FormLetter.Status.APPROVED);
		FormLetter.Revision first = letter.revision(1).orElseThrow();
		Map<String, Object> before = AggregateState.of(letter);

		assertThatThrownBy(() -> first.approve("esec-approver", NOW)).isInstanceOf(FormLetterStateException.class)
			.hasMessage("Only a version submitted for approval can be approved (version 1 is APPROVED)");
		assertThat(AggregateState.of(letter)).isEqualTo(before);
	}

	@Test
	void theStepsOfAVersionAreTheseAndNoOthers() {
		assertThat(FormLetter.Status.DRAFT.next()).containsExactly(FormLetter.Status.PENDING_APPROVAL);
		assertThat(FormLetter.Status.PENDING_APPROVAL.next()).containsExactlyInAnyOrder(FormLetter.Status.APPROVED,
				FormLetter.Status.DRAFT);
		assertThat(FormLetter.Status.APPROVED.next()).containsExactly(FormLetter.Status.RETIRED);
		assertThat(FormLetter.Status.RETIRED.next()).isEmpty();
	}
}
