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
 * {@link Assignment.Status#next()} allows, asked for more time only while open, an extension decided only when asked
 * for. A refusal names {@code assignmentId} with the message the API has always given and changes nothing.
 */
class AssignmentTests {

	static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");
	static final Instant DUE = Instant.parse("2026-12-08T04:59:59Z");

	static Assignment in(Assignment.Status status) {
		Assignment assignment = new Assignment(0, 0, new AssignmentTarget("ICE", null, null), DUE, null, false);
		switch (status) {
			case WAITING -> { }
			case ACTIVE -> assignment.activate();
			case ANSWERED -> {
				assignment.activate();
				assignment.answer(Assignment.AnswerKind.CONCUR, null, "ice-action", NOW);
			}
			case REASSIGNED -> assignment.supersede();
		}
		return assignment;
	}

	static void move(Assignment assignment, Assignment.Status to) {
		switch (to) {
			case ACTIVE -> assignment.activate();
			case ANSWERED -> assignment.answer(Assignment.AnswerKind.COMMENTS, "See the edits.", "ice-action", NOW);
			case REASSIGNED -> assignment.supersede();
			case WAITING -> throw new IllegalArgumentException("No step leads back to waiting");
		}
	}

	static Stream<Arguments> moves() {
		return EnumSet.allOf(Assignment.Status.class).stream()
			.flatMap(from -> EnumSet.complementOf(EnumSet.of(Assignment.Status.WAITING)).stream()
				.map(to -> Arguments.of(from, to)));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("moves")
	void anAssignmentMovesOnlyWhereItsStatusAllows(Assignment.Status from, Assignment.Status to) {
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
	static String refusal(Assignment.Status from, Assignment.Status to) {
		return switch (to) {
			case ACTIVE -> "Only an assignment waiting for its step can become active";
			case ANSWERED -> from == Assignment.Status.WAITING ? "This assignment waits for an earlier routing step"
					: "This assignment was already answered or reassigned";
			case REASSIGNED -> "Only an assignment not answered yet can be reassigned";
			case WAITING -> throw new IllegalArgumentException();
		};
	}

	@Test
	void noStatusLeadsBackToWaiting() {
		assertThat(EnumSet.allOf(Assignment.Status.class))
			.allSatisfy(status -> assertThat(status.next()).doesNotContain(Assignment.Status.WAITING));
	}

	@ParameterizedTest
	@MethodSource("statuses")
	void moreTimeIsAskedForOnlyWhileTheAssignmentIsOpen(Assignment.Status status) {
		Assignment assignment = in(status);
		Instant later = DUE.plusSeconds(86_400);
		if (status.isOpen()) {
			assignment.requestExtension(later, "The expert is travelling");
			assertThat(assignment.getExtensionStatus()).isEqualTo(Assignment.ExtensionStatus.REQUESTED);
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

	static Stream<Assignment.Status> statuses() {
		return EnumSet.allOf(Assignment.Status.class).stream();
	}

	@Test
	void anApprovedExtensionMovesTheDueDateAndARefusedOneDoesNot() {
		Instant later = DUE.plusSeconds(86_400);
		Assignment approved = in(Assignment.Status.ACTIVE);
		approved.requestExtension(later, "Travelling");
		approved.decideExtension(true);
		assertThat(approved.getExtensionStatus()).isEqualTo(Assignment.ExtensionStatus.APPROVED);
		assertThat(approved.getDueAt()).isEqualTo(later);

		Assignment refused = in(Assignment.Status.ACTIVE);
		refused.requestExtension(later, "Travelling");
		refused.decideExtension(false);
		assertThat(refused.getExtensionStatus()).isEqualTo(Assignment.ExtensionStatus.REFUSED);
		assertThat(refused.getDueAt()).isEqualTo(DUE);
		assertThat(Assignment.ExtensionStatus.REFUSED.next()).containsExactly(Assignment.ExtensionStatus.REQUESTED);
	}

	@Test
	void anExtensionIsDecidedOnlyWhenOneWasAskedForAndNotTwice() {
		Assignment none = in(Assignment.Status.ACTIVE);
		Assignment decided = in(Assignment.Status.ACTIVE);
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
		Assignment component = in(Assignment.Status.ACTIVE);
		Assignment named = new Assignment(1, 0, new AssignmentTarget("PLCY", null, "plcy-expert"), DUE, null, false);

		assertThat(component.isAnsweredBy(new Actor("ice-action", "ICE", Set.of("action_officer")))).isTrue();
		assertThat(component.isAnsweredBy(new Actor("ice-esec", "ICE", Set.of("exec_sec")))).isFalse();
		assertThat(component.isAnsweredBy(new Actor("cbp-action", "CBP", Set.of("action_officer")))).isFalse();
		assertThat(named.isAnsweredBy(new Actor("plcy-expert", "PLCY", Set.of()))).isTrue();
		assertThat(named.isAnsweredBy(new Actor("plcy-action", "PLCY", Set.of("action_officer")))).isFalse();
	}

	@Test
	void theStepsOfAnAssignmentAreTheseAndNoOthers() {
		assertThat(Assignment.Status.WAITING.next()).containsExactlyInAnyOrder(Assignment.Status.ACTIVE,
				Assignment.Status.REASSIGNED);
		assertThat(Assignment.Status.ACTIVE.next()).containsExactlyInAnyOrder(Assignment.Status.ANSWERED,
				Assignment.Status.REASSIGNED);
		assertThat(Assignment.Status.ANSWERED.next()).isEmpty();
		assertThat(Assignment.Status.REASSIGNED.next()).isEmpty();
		assertThat(Assignment.ExtensionStatus.REQUESTED.next()).containsExactlyInAnyOrder(
				Assignment.ExtensionStatus.REQUESTED, Assignment.ExtensionStatus.APPROVED, Assignment.ExtensionStatus.REFUSED);
		assertThat(Assignment.ExtensionStatus.APPROVED.next()).containsExactly(Assignment.ExtensionStatus.REQUESTED);
	}
}
