package org.casekeep.correspondence.taskers;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.casekeep.correspondence.AggregateState;
import org.casekeep.correspondence.routing.AssignmentTarget;
import org.casekeep.kernel.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A tasker guards its own life (ESTT): every move {@link TaskerStatus#next()} allows works, every other is refused
 * naming {@code status}, as the API has always answered, and leaves the tasker as it was. No Spring, no database.
 */
class TaskerTests {

	static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");
	static final AssignmentTarget ICE = new AssignmentTarget("ICE", null, null);
	static final AssignmentTarget CBP = new AssignmentTarget("CBP", null, null);

	/** Every status, reached the way the office reaches it. */
	static Tasker in(TaskerStatus status) {
		Tasker tasker = new Tasker(null, "Respond to the Senator", null, "ESEC", TaskerTypes.STANDARD, "esec-clerk", 5, NOW,
				TaskerDueDates.dueAt(NOW, 5));
		if (status == TaskerStatus.DRAFT) {
			return tasker;
		}
		if (status == TaskerStatus.CANCELLED) {
			tasker.cancel("Withdrawn", NOW);
			return tasker;
		}
		tasker.markAssigned(NOW);
		tasker.addAssignment(0, ICE, null);
		tasker.activateReady().forEach(a -> a.answer(Assignment.AnswerKind.CONCUR, null, "ice-action", NOW));
		for (TaskerStatus next : List.of(TaskerStatus.COMPILED, TaskerStatus.CLEARED, TaskerStatus.DISPATCHED,
				TaskerStatus.CLOSED)) {
			if (tasker.getStatus() == status) {
				return tasker;
			}
			move(tasker, next);
		}
		return tasker;
	}

	/** The tasker's own step into each status but the first. */
	static void move(Tasker tasker, TaskerStatus to) {
		switch (to) {
			case ASSIGNED -> tasker.markAssigned(NOW);
			case COMPILED -> tasker.compile("ICE concurs.", "esec-clerk", NOW);
			case CLEARED -> tasker.clear("esec-lead", List.of("Executive Secretariat"), java.util.Set.of(), NOW);
			case DISPATCHED -> tasker.dispatch("esec-clerk", NOW);
			case CLOSED -> tasker.close(NOW);
			case CANCELLED -> tasker.cancel("Withdrawn", NOW);
			case DRAFT -> throw new IllegalArgumentException("No step leads back to a draft");
		}
	}

	static Stream<Arguments> moves() {
		return EnumSet.allOf(TaskerStatus.class).stream()
			.flatMap(from -> EnumSet.complementOf(EnumSet.of(TaskerStatus.DRAFT)).stream()
				.map(to -> Arguments.of(from, to)));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("moves")
	void aTaskerMovesOnlyWhereItsStatusAllows(TaskerStatus from, TaskerStatus to) {
		Tasker tasker = in(from);
		assertThat(tasker.getStatus()).isEqualTo(from);
		if (from.next().contains(to)) {
			move(tasker, to);
			assertThat(tasker.getStatus()).isEqualTo(to);
		}
		else {
			Map<String, Object> before = AggregateState.of(tasker);
			assertThatThrownBy(() -> move(tasker, to)).isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).singleElement().satisfies(problem -> {
						assertThat(problem.field()).isEqualTo("status");
						assertThat(problem.message()).isEqualTo("A tasker that is " + from.name().toLowerCase()
								+ " cannot be " + to.name().toLowerCase());
					}));
			assertThat(AggregateState.of(tasker)).isEqualTo(before);
		}
	}

	@Test
	void noStatusLeadsBackToADraft() {
		assertThat(EnumSet.allOf(TaskerStatus.class)).allSatisfy(status ->
				assertThat(status.next()).doesNotContain(TaskerStatus.DRAFT));
	}

	@Test
	void aTaskerIsNotCompiledWhileAnAssignmentIsOpen() {
		Tasker tasker = in(TaskerStatus.ASSIGNED);
		tasker.addAssignment(0, CBP, null);
		tasker.activateReady();
		Map<String, Object> before = AggregateState.of(tasker);

		assertThatThrownBy(() -> tasker.compile("Too early", "esec-clerk", NOW))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems()).singleElement()
				.satisfies(problem -> {
					assertThat(problem.field()).isEqualTo("assignments");
					assertThat(problem.message()).isEqualTo(
							"1 assignment is not answered yet; compile once every assignee has answered");
				}));
		assertThat(AggregateState.of(tasker)).isEqualTo(before);
	}

	static Stream<Arguments> assigneeSteps() {
		Map<String, Consumer<Tasker>> steps = Map.of(
				"assigned", tasker -> tasker.addAssignment(0, CBP, null),
				"reassigned", tasker -> tasker.reassign(tasker.currentAssignments().isEmpty()
						? new Assignment(0, 0, ICE, NOW, null, false) : tasker.currentAssignments().getFirst(), CBP),
				"answered", tasker -> tasker.requireAnswering("answered"),
				"extended", tasker -> tasker.requireAnswering("extended"));
		return EnumSet.allOf(TaskerStatus.class).stream()
			.flatMap(status -> steps.entrySet().stream()
				.map(step -> Arguments.of(status, step.getKey(), step.getValue())));
	}

	@ParameterizedTest(name = "{1} while {0}")
	@MethodSource("assigneeSteps")
	void onlyAnAssignedTaskerIsAssignedFurtherReassignedAnsweredOrExtended(TaskerStatus status, String verb,
			Consumer<Tasker> step) {
		Tasker tasker = in(status);
		if (status == TaskerStatus.ASSIGNED) {
			// The only assignment is answered: reassigning it is the assignment's refusal, not the tasker's.
			tasker.addAssignment(0, new AssignmentTarget("PLCY", null, null), null);
			tasker.activateReady();
		}
		Map<String, Object> before = AggregateState.of(tasker);
		if (status.takesAnswers()) {
			if (verb.equals("reassigned")) {
				Assignment open = tasker.currentAssignments().getLast();
				tasker.reassign(open, CBP);
				assertThat(open.getStatus()).isEqualTo(Assignment.Status.REASSIGNED);
			}
			else {
				step.accept(tasker);
			}
			return;
		}
		assertThatThrownBy(() -> step.accept(tasker)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.problems()).singleElement().satisfies(problem -> {
					assertThat(problem.field()).isEqualTo("status");
					assertThat(problem.message())
						.isEqualTo("A tasker that is " + status.name().toLowerCase() + " cannot be " + verb);
				}));
		assertThat(AggregateState.of(tasker)).isEqualTo(before);
	}

	@Test
	void aTaskerIsSeenThroughTheKeysOfItsCurrentAssignments() {
		Tasker tasker = in(TaskerStatus.ASSIGNED);
		Assignment expert = tasker.addAssignment(0, new AssignmentTarget("PLCY", null, "plcy-expert"), null);
		tasker.addAssignment(0, new AssignmentTarget("CBP", "Office of Field Operations", null), null);
		tasker.activateReady();
		tasker.reassign(expert, new AssignmentTarget("FEMA", null, null));

		assertThat(tasker.viewerKeys()).containsExactlyInAnyOrder("assigner:ESEC", "leader:ICE", "officer:ICE",
				"leader:CBP", "officer:CBP", "leader:FEMA", "officer:FEMA");
		assertThat(tasker.facts().assignees()).isEqualTo(tasker.viewerKeys());
	}

	@Test
	void theStepsOfATaskerAreTheseAndNoOthers() {
		assertThat(Map.of(
				TaskerStatus.DRAFT, TaskerStatus.DRAFT.next(),
				TaskerStatus.ASSIGNED, TaskerStatus.ASSIGNED.next(),
				TaskerStatus.COMPILED, TaskerStatus.COMPILED.next(),
				TaskerStatus.CLEARED, TaskerStatus.CLEARED.next(),
				TaskerStatus.DISPATCHED, TaskerStatus.DISPATCHED.next(),
				TaskerStatus.CLOSED, TaskerStatus.CLOSED.next(),
				TaskerStatus.CANCELLED, TaskerStatus.CANCELLED.next())).isEqualTo(Map.of(
				TaskerStatus.DRAFT, EnumSet.of(TaskerStatus.ASSIGNED, TaskerStatus.CANCELLED),
				TaskerStatus.ASSIGNED, EnumSet.of(TaskerStatus.ASSIGNED, TaskerStatus.COMPILED, TaskerStatus.CANCELLED),
				TaskerStatus.COMPILED, EnumSet.of(TaskerStatus.CLEARED, TaskerStatus.CANCELLED),
				TaskerStatus.CLEARED, EnumSet.of(TaskerStatus.DISPATCHED, TaskerStatus.CANCELLED),
				TaskerStatus.DISPATCHED, EnumSet.of(TaskerStatus.CLOSED),
				TaskerStatus.CLOSED, EnumSet.noneOf(TaskerStatus.class),
				TaskerStatus.CANCELLED, EnumSet.noneOf(TaskerStatus.class)));
	}
}
