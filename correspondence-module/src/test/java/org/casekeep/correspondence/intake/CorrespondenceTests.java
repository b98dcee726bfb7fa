package org.casekeep.correspondence.intake;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.casekeep.correspondence.AggregateState;
import org.casekeep.kernel.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A piece of correspondence guards its own status (PIA 2.5, 3.4, "Response"): nothing moves it on while its SPII
 * review is pending, only a pending review ends in {@code RECEIVED}, and a closed record stays closed. A refusal
 * names {@code status} and leaves the record as it was. No Spring, no database.
 */
class CorrespondenceTests {

	static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");

	static Correspondence in(CorrespondenceStatus status) {
		Correspondence c = new Correspondence("CORR-2027-000001", IntakeValues.of(IntakeModuleTests.draft("Letter",
				"Please advise.", null), false, NOW), "ESEC", "esec-clerk", NOW);
		switch (status) {
			case SPII_REVIEW -> { }
			case RECEIVED -> c.noSpiiFound();
			case TASKED, RESPONDED, CLOSED -> {
				c.noSpiiFound();
				c.advanceTo(status, NOW);
			}
		}
		return c;
	}

	static void move(Correspondence c, CorrespondenceStatus to) {
		switch (to) {
			case RECEIVED -> c.reviewed(false, NOW);
			case TASKED, RESPONDED, CLOSED -> c.advanceTo(to, NOW);
			case SPII_REVIEW -> throw new IllegalArgumentException("Nothing returns a record to its SPII review");
		}
	}

	static Stream<Arguments> moves() {
		return EnumSet.allOf(CorrespondenceStatus.class).stream()
			.flatMap(from -> EnumSet.complementOf(EnumSet.of(CorrespondenceStatus.SPII_REVIEW)).stream()
				.map(to -> Arguments.of(from, to)));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("moves")
	void aRecordMovesOnlyWhereItsStatusAllows(CorrespondenceStatus from, CorrespondenceStatus to) {
		Correspondence c = in(from);
		assertThat(c.getStatus()).isEqualTo(from);
		if (from.next().contains(to)) {
			move(c, to);
			assertThat(c.getStatus()).isEqualTo(to);
			assertThat(c.getClosedAt()).isEqualTo(to == CorrespondenceStatus.CLOSED ? NOW : null);
			return;
		}
		Map<String, Object> before = AggregateState.of(c);
		assertThatThrownBy(() -> move(c, to)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.problems()).singleElement().satisfies(problem -> {
					assertThat(problem.field()).isEqualTo("status");
					assertThat(problem.message()).isEqualTo(refusal(from, to));
				}));
		assertThat(AggregateState.of(c)).isEqualTo(before);
	}

	/** What the services have always said, and for moves nothing asked for before, what the record says now. */
	static String refusal(CorrespondenceStatus from, CorrespondenceStatus to) {
		if (to == CorrespondenceStatus.RECEIVED) {
			return "This correspondence has no SPII review pending";
		}
		if (from == CorrespondenceStatus.SPII_REVIEW) {
			return "Correspondence CORR-2027-000001 still awaits its SPII review";
		}
		return "A record that is " + from.name().toLowerCase(Locale.ROOT) + " cannot become "
				+ to.name().toLowerCase(Locale.ROOT);
	}

	@ParameterizedTest
	@MethodSource("statuses")
	void nothingReturnsARecordToItsSpiiReview(CorrespondenceStatus status) {
		assertThat(status.next()).doesNotContain(CorrespondenceStatus.SPII_REVIEW);
	}

	static Stream<CorrespondenceStatus> statuses() {
		return EnumSet.allOf(CorrespondenceStatus.class).stream();
	}

	@Test
	void theStepsOfARecordAreTheseAndNoOthers() {
		assertThat(CorrespondenceStatus.SPII_REVIEW.next()).containsExactly(CorrespondenceStatus.RECEIVED);
		assertThat(CorrespondenceStatus.RECEIVED.next()).containsExactlyInAnyOrder(CorrespondenceStatus.TASKED,
				CorrespondenceStatus.RESPONDED, CorrespondenceStatus.CLOSED);
		assertThat(CorrespondenceStatus.TASKED.next()).containsExactlyInAnyOrder(CorrespondenceStatus.RESPONDED,
				CorrespondenceStatus.CLOSED);
		assertThat(CorrespondenceStatus.RESPONDED.next()).containsExactlyInAnyOrder(CorrespondenceStatus.RESPONDED,
				CorrespondenceStatus.CLOSED);
		assertThat(CorrespondenceStatus.CLOSED.next()).isEmpty();
	}
}
