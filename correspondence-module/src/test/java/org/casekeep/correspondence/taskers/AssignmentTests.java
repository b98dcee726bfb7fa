package org.casekeep.correspondence.taskers;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.casekeep.correspondence.AggregateState;
import org.casekeep.correspondence.routing.AssignmentTarget;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An assignment guards its own moves (PIA "Review &amp; Analysis"): waiting, active, answered or reassigned as
 * {@link AssignmentStatus#next()} allows, asked for more time only while open, an extension decided only when asked
 * for. A refusal names {@code assignmentId} with the message the API has always given and changes nothing.
 */
class AssignmentTests {

	static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");
	static final Instant DUE = Instant.parse("2026-12-08T04:59:59Z");

	static Assignment in(AssignmentStatus status) {
		Assignment assignment = new Assignment(0, 0, new AssignmentTarget("ICE", null, null), DUE, null, false);
		switch (status) {
			case WAITING -> { }
			case ACTIVE -> assignment.activate();
			case ANSWERED -> {
				assignment.activate();
				assignment.answer(AssignmentAnswerKind.CONCUR, null, "ice-action", NOW);
			}
			case REASSIGNED -> assignment.supersede();
		}
		return assignment;
	}

	static void move(Assignment assignment, AssignmentStatus to) {
		switch (to) {
			case ACTIVE -> assignment.activate();
			case ANSWERED -> assignment.answer(AssignmentAnswerKind.COMMENTS, "See the edits.", "ice-action", NOW);
			case REASSIGNED -> assignment.supersede();
			case WAITING -> throw new IllegalArgumentException("No step leads back to waiting");
		}
	}

	static Stream<Arguments> moves() {
		return EnumSet.allOf(AssignmentStatus.class).stream()
			.flatMap(from -> EnumSet.complementOf(EnumSet.of(AssignmentStatus.WAITING)).stream()
				.map(to -> Arguments.of(from, to)));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("moves")
	void anAssignmentMovesOnlyWhereItsStatusAllows(AssignmentStatus from, AssignmentStatus to) {
		Assignment assignment = in(from);
		if (from.next().contains(to)) {
			move(assignment, to);
			assertThat(assignment.getStatus()).isEqualTo(to);
			return;
		}
		Map<String, Object> before = AggregateState.of(assignment);
		assertThatThrownBy(() -> move(assignment, to)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.problems()).singleElement().satisfies(problem -> {
					assertThat(problem.field()).isEqualTo("assignmentId");
					assertThat(problem.message()).isEqualTo(refusal(from, to));
				}));
		assertThat(AggregateState.of(assignment)).isEqualTo(before);
	}

	/** What the API has always said when the step is not possible. */
	static String refusal(AssignmentStatus from, AssignmentStatus to) {
		return switch (to) {
			case ACTIVE -> "Only an assignment waiting for its step can become active";
			case ANSWERED -> from == AssignmentStatus.WAITING ? "This assignment waits for an earlier routing step"
					: "This assignment was already answered or reassigned";
			case REASSIGNED -> "Only an assignment not answered yet can be reassigned";
			case WAITING -> throw new IllegalArgumentException();
		};
	}

	@Test
	void noStatusLeadsBackToWaiting() {
		assertThat(EnumSet.allOf(AssignmentStatus.class))
			.allSatisfy(status -> assertThat(status.next()).doesNotContain(AssignmentStatus.WAITING));
	}

	@ParameterizedTest
	@MethodSource("statuses")
	void moreTimeIsAskedForOnlyWhileTheAssignmentIsOpen(AssignmentStatus status) {
		Assignment assignment = in(status);
		Instant later = DUE.plusSeconds(86_400);
		if (status.isOpen()) {
			assignment.requestExtension(later, "The expert is travelling");
			assertThat(assignment.getExtensionStatus()).isEqualTo(AssignmentExtensionStatus.REQUESTED);
			assertThat(assignment.awaitsExtensionDecision()).isTrue();
			return;
		}
		Map<String, Object> before = AggregateState.of(assignment);
		assertThatThrownBy(() -> assignment.requestExtension(later, "Too late"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems()).singleElement()
				.satisfies(problem -> {
					assertThat(problem.field()).isEqualTo("assignmentId");
					assertThat(problem.message()).isEqualTo("Only an assignment not answered yet can be extended");
				}));
		assertThat(AggregateState.of(assignment)).isEqualTo(before);
	}

	static Stream<AssignmentStatus> statuses() {
		return EnumSet.allOf(AssignmentStatus.class).stream();
	}

	@Test
	void anApprovedExtensionMovesTheDueDateAndARefusedOneDoesNot() {
		Instant later = DUE.plusSeconds(86_400);
		Assignment approved = in(AssignmentStatus.ACTIVE);
		approved.requestExtension(later, "Travelling");
		approved.decideExtension(true);
		assertThat(approved.getExtensionStatus()).isEqualTo(AssignmentExtensionStatus.APPROVED);
		assertThat(approved.getDueAt()).isEqualTo(later);

		Assignment refused = in(AssignmentStatus.ACTIVE);
		refused.requestExtension(later, "Travelling");
		refused.decideExtension(false);
		assertThat(refused.getExtensionStatus()).isEqualTo(AssignmentExtensionStatus.REFUSED);
		assertThat(refused.getDueAt()).isEqualTo(DUE);
		assertThat(AssignmentExtensionStatus.REFUSED.next()).containsExactly(AssignmentExtensionStatus.REQUESTED);
	}

	@Test
	void anExtensionIsDecidedOnlyWhenOneWasAskedForAndNotTwice() {
		Assignment none = in(AssignmentStatus.ACTIVE);
		Assignment decided = in(AssignmentStatus.ACTIVE);
		decided.requestExtension(DUE.plusSeconds(86_400), "Travelling");
		decided.decideExtension(true);
		for (Assignment assignment : Set.of(none, decided)) {
			Map<String, Object> before = AggregateState.of(assignment);
			assertThatThrownBy(() -> assignment.decideExtension(true))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems()).singleElement()
					.satisfies(problem -> {
						assertThat(problem.field()).isEqualTo("assignmentId");
						assertThat(problem.message()).isEqualTo("No extension request is waiting for a decision");
					}));
			assertThat(AggregateState.of(assignment)).isEqualTo(before);
		}
	}

	@Test
	void aComponentAssignmentIsAnsweredByItsActionOfficersAndANamedOneByTheExpertAlone() {
		Assignment component = in(AssignmentStatus.ACTIVE);
		Assignment named = new Assignment(1, 0, new AssignmentTarget("PLCY", null, "plcy-expert"), DUE, null, false);

		assertThat(component.isAnsweredBy(new Actor("ice-action", "ICE", Set.of("action_officer")))).isTrue();
		assertThat(component.isAnsweredBy(new Actor("ice-esec", "ICE", Set.of("exec_sec")))).isFalse();
		assertThat(component.isAnsweredBy(new Actor("cbp-action", "CBP", Set.of("action_officer")))).isFalse();
		assertThat(named.isAnsweredBy(new Actor("plcy-expert", "PLCY", Set.of()))).isTrue();
		assertThat(named.isAnsweredBy(new Actor("plcy-action", "PLCY", Set.of("action_officer")))).isFalse();
	}

	@Test
	void theStepsOfAnAssignmentAreTheseAndNoOthers() {
		assertThat(AssignmentStatus.WAITING.next()).containsExactlyInAnyOrder(AssignmentStatus.ACTIVE,
				AssignmentStatus.REASSIGNED);
		assertThat(AssignmentStatus.ACTIVE.next()).containsExactlyInAnyOrder(AssignmentStatus.ANSWERED,
				AssignmentStatus.REASSIGNED);
		assertThat(AssignmentStatus.ANSWERED.next()).isEmpty();
		assertThat(AssignmentStatus.REASSIGNED.next()).isEmpty();
		assertThat(AssignmentExtensionStatus.REQUESTED.next()).containsExactlyInAnyOrder(
				AssignmentExtensionStatus.REQUESTED, AssignmentExtensionStatus.APPROVED, AssignmentExtensionStatus.REFUSED);
		assertThat(AssignmentExtensionStatus.APPROVED.next()).containsExactly(AssignmentExtensionStatus.REQUESTED);
	}
}
