package org.casekeep.correspondence.taskers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.casekeep.correspondence.events.ResponseDispatched;
import org.casekeep.correspondence.events.TaskerAssigned;
import org.casekeep.correspondence.events.TaskerOverdue;
import org.casekeep.correspondence.history.TaskerHistoryView;
import org.casekeep.correspondence.intake.CorrespondenceIntake;
import org.casekeep.correspondence.intake.IntakeModuleTests;
import org.casekeep.correspondence.routing.AssignmentDraft;
import org.casekeep.correspondence.routing.RoutingStepMode;
import org.casekeep.correspondence.routing.RoutingTemplateDraft;
import org.casekeep.correspondence.routing.RoutingTemplateLibrary;
import org.casekeep.correspondence.routing.RoutingTemplateView;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.retention.RetentionPeriodEnded;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Taskers in the correspondence module on its own (with the shared kernel): the events they publish, routing
 * templates with sequential and parallel steps, concurrent answers and the transactional history.
 */
@ApplicationModuleTest
class TaskerRoutingModuleTests {

	static final Actor ESEC_CLERK = new Actor("esec-clerk", "ESEC", Set.of("exec_sec"));
	static final Actor ESEC_LEAD = new Actor("esec-lead", "ESEC", Set.of("exec_sec"));
	static final Actor ICE_ACTION = new Actor("ice-action", "ICE", Set.of("action_officer"));
	static final Actor CBP_ACTION = new Actor("cbp-action", "CBP", Set.of("action_officer"));
	static final Actor PLCY_EXPERT = new Actor("plcy-expert", "PLCY", Set.of("action_officer"));

	@Autowired
	TaskerRouting routing;

	@Autowired
	TaskerAnswers answers;

	@Autowired
	TaskerClearance clearance;

	@Autowired
	TaskerQueries queries;

	@Autowired
	RoutingTemplateLibrary templates;

	@Autowired
	RetentionRegistry retention;

	@Autowired
	Taskers taskers;

	@Autowired
	CorrespondenceIntake intake;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void assigningPublishesTaskerAssignedForEachAssigneeWithTheDueDate(Scenario scenario) {
		scenario.stimulate(() -> Actors.callAs(ESEC_CLERK, () -> routing.create(adHoc("Events", "ICE", "CBP"))))
			.andWaitForEventOfType(TaskerAssigned.class)
			.matching(event -> event.assigneeComponent().equals("CBP"))
			.toArriveAndVerify((event, tasker) -> {
				assertThat(event.taskerId()).isEqualTo(tasker.id());
				assertThat(event.assigningComponent()).isEqualTo("ESEC");
				assertThat(event.assigneeUsername()).isNull();
				assertThat(event.dueAt()).isEqualTo(tasker.dueAt());
			});
	}

	@Test
	void dispatchingTheClearedResponsePublishesResponseDispatched(Scenario scenario) {
		TaskerView tasker = answeredByIceAndCbp("Dispatch");
		UUID id = tasker.id();
		Actors.runAs(ESEC_CLERK, () -> {
			clearance.compile(id, new TaskerClearance.Command("ICE concurs; CBP does not: see its reason.", null));
			// Separation of duties: another person of the office clears what the clerk compiled.
			Actors.runAs(ESEC_LEAD, () -> clearance.clear(id, new TaskerClearance.Command(null, null)));
		});
		scenario.stimulate(() -> Actors.callAs(ESEC_CLERK, () -> clearance.dispatch(id, new TaskerClearance.Command(null, null))))
			.andWaitForEventOfType(ResponseDispatched.class)
			.matching(event -> event.taskerId().equals(id))
			.toArriveAndVerify(event -> {
				assertThat(event.assigningComponent()).isEqualTo("ESEC");
				assertThat(event.correspondenceId()).isEqualTo(tasker.correspondenceId());
			});
	}

	@Test
	void closingStartsTheGrs41RetentionClockAtClosure() {
		UUID id = answeredByIceAndCbp("Retention").id();
		TaskerView closed = Actors.callAs(ESEC_CLERK, () -> {
			clearance.compile(id, new TaskerClearance.Command("Compiled", null));
			// Separation of duties: another person of the office clears what the clerk compiled.
			Actors.runAs(ESEC_LEAD, () -> clearance.clear(id, new TaskerClearance.Command(null, null)));
			clearance.dispatch(id, new TaskerClearance.Command(null, null));
			return clearance.close(id, new TaskerClearance.Command(null, null));
		});
		assertThat(closed.status()).isEqualTo(TaskerStatus.CLOSED);
		assertThat(retention.destroyAfter(Tasker.RECORD_TYPE, id.toString()))
			.contains(closed.closedAt().atZone(java.time.ZoneOffset.UTC).plusYears(1).toInstant());
	}

	@Test
	void theEndOfItsRetentionPeriodDestroysTheTaskerWithItsAssignmentsAndConfirmsToTheKernel(Scenario scenario) {
		UUID id = answeredByIceAndCbp("Destroyed").id();
		Actors.runAs(ESEC_CLERK, () -> clearance.cancel(id, new TaskerClearance.Command("Withdrawn by the requester", null)));
		assertThat(jdbc.sql("select count(*) from correspondence.tasker_assignment where tasker_id = ?").param(id)
			.query(Long.class).single()).isPositive();
		scenario.publish(new RetentionPeriodEnded(Tasker.RECORD_TYPE, id.toString(), "GRS_4_1_010",
				java.time.Instant.now(), java.time.Instant.now()))
			.andWaitForStateChange(() -> taskers.existsById(id), exists -> !exists)
			.andVerify(exists -> {
				assertThat(retention.destroyAfter(Tasker.RECORD_TYPE, id.toString())).isEmpty();
				// Its assignments, history and uploaded files went with it.
				for (String table : List.of("tasker_assignment", "tasker_event", "tasker_attachment")) {
					assertThat(jdbc.sql("select count(*) from correspondence." + table + " where tasker_id = ?")
						.param(id).query(Long.class).single()).as(table).isZero();
				}
			});
	}

	@Test
	void aSequentialStepBecomesActiveOnlyAfterEveryAssignmentOfTheStepBeforeIsAnswered(Scenario scenario) {
		RoutingTemplateView template = Actors.callAs(ESEC_CLERK, () -> templates.create(new RoutingTemplateDraft(
				"Border policy " + UUID.randomUUID(), List.of(
						step(RoutingStepMode.SEQUENTIAL, new AssignmentDraft("ICE", null, null)),
						step(RoutingStepMode.PARALLEL, new AssignmentDraft("CBP", null, null)),
						step(RoutingStepMode.SEQUENTIAL, new AssignmentDraft("PLCY", null, "plcy-expert"))),
				null)));
		TaskerView tasker = Actors.callAs(ESEC_CLERK, () -> routing.create(new TaskerRouting.Draft(null, "Routed", null, 5,
				template.id(), null)));
		assertThat(tasker.assignments()).extracting(AssignmentView::component, AssignmentView::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ICE", Assignment.Status.ACTIVE),
					org.assertj.core.groups.Tuple.tuple("CBP", Assignment.Status.ACTIVE),
					org.assertj.core.groups.Tuple.tuple("PLCY", Assignment.Status.WAITING));
		AssignmentView expert = tasker.assignments().get(2);
		assertThatThrownBy(() -> Actors.callAs(PLCY_EXPERT, () -> answers.answer(tasker.id(), expert.id(),
				new TaskerAnswers.Answer(Assignment.AnswerKind.CONCUR, null, expert.version()))))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("assignmentId");

		TaskerView afterIce = answer(ICE_ACTION, tasker, "ICE", Assignment.AnswerKind.CONCUR, null);
		assertThat(afterIce.assignments().get(2).status()).isEqualTo(Assignment.Status.WAITING);

		scenario.stimulate(() -> answer(CBP_ACTION, afterIce, "CBP", Assignment.AnswerKind.COMMENTS, "Add port data"))
			.andWaitForEventOfType(TaskerAssigned.class)
			.matching(event -> event.taskerId().equals(tasker.id()) && "plcy-expert".equals(event.assigneeUsername()))
			.toArriveAndVerify((event, view) -> {
				assertThat(event.assigneeComponent()).isEqualTo("PLCY");
				assertThat(view.assignments().get(2).status()).isEqualTo(Assignment.Status.ACTIVE);
				assertThat(view.assignments().get(2).mayAnswer()).isFalse();
			});
		TaskerView asExpert = Actors.callAs(PLCY_EXPERT, () -> queries.get(tasker.id()));
		assertThat(asExpert.assignments().get(2).mayAnswer()).isTrue();
		// Named experts see the tasker; their colleagues do not, their component's leadership does.
		Actor colleague = new Actor("plcy-other", "PLCY", Set.of("action_officer"));
		assertThatThrownBy(() -> Actors.callAs(colleague, () -> queries.get(tasker.id())))
			.isInstanceOf(org.casekeep.kernel.access.RecordNotFoundException.class);
		Actor leadership = new Actor("plcy-esec", "PLCY", Set.of("exec_sec"));
		assertThat(Actors.callAs(leadership, () -> queries.get(tasker.id())).mayManage()).isFalse();
		assertThat(Actors.callAs(leadership, () -> queries.list(null, null))).extracting(TaskerQueries.Summary::id)
			.contains(tasker.id());
		assertThat(Actors.callAs(colleague, () -> queries.list(null, null))).extracting(TaskerQueries.Summary::id)
			.doesNotContain(tasker.id());
	}

	@Test
	void twoAssigneesAnsweringAtTheSameMomentBothKeepTheirAnswers() throws Exception {
		for (int round = 0; round < 5; round++) {
			TaskerView tasker = Actors.callAs(ESEC_CLERK, () -> routing.create(adHoc("Race", "ICE", "CBP")));
			CyclicBarrier start = new CyclicBarrier(2);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			try {
				Future<TaskerView> ice = pool.submit(racing(start, ICE_ACTION, tasker, "ICE", Assignment.AnswerKind.CONCUR, null));
				Future<TaskerView> cbp = pool.submit(racing(start, CBP_ACTION, tasker, "CBP",
						Assignment.AnswerKind.NON_CONCUR, "Conflicts with CBP guidance"));
				ice.get(30, TimeUnit.SECONDS);
				cbp.get(30, TimeUnit.SECONDS);
			}
			finally {
				pool.shutdownNow();
			}
			TaskerView stored = Actors.callAs(ESEC_CLERK, () -> queries.get(tasker.id()));
			assertThat(stored.assignments()).extracting(AssignmentView::status)
				.containsOnly(Assignment.Status.ANSWERED);
			assertThat(stored.assignments()).extracting(AssignmentView::answerKind)
				.containsExactly(Assignment.AnswerKind.CONCUR, Assignment.AnswerKind.NON_CONCUR);
		}
	}

	@Test
	void anAnswerToAStaleVersionOfTheSameAssignmentIsAConflict() {
		TaskerView tasker = Actors.callAs(ESEC_CLERK, () -> routing.create(adHoc("Stale", "ICE")));
		AssignmentView ice = tasker.assignments().getFirst();
		Actors.runAs(ICE_ACTION, () -> answers.requestExtension(tasker.id(), ice.id(),
				new TaskerAnswers.ExtensionRequest(java.time.LocalDate.now().plusMonths(3), "Need field data", ice.version())));
		assertThatThrownBy(() -> Actors.callAs(ICE_ACTION, () -> answers.answer(tasker.id(), ice.id(),
				new TaskerAnswers.Answer(Assignment.AnswerKind.CONCUR, null, ice.version()))))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);
	}

	@Test
	void aDraftIsAssignedLaterAdHocAndAnAssigneeListedTwiceIsRefused() {
		TaskerView draft = Actors.callAs(ESEC_CLERK, () -> routing.create(new TaskerRouting.Draft(null, "Draft first", null, 5,
				null, null)));
		assertThat(draft.status()).isEqualTo(TaskerStatus.DRAFT);
		assertThat(draft.assignments()).isEmpty();
		assertThatThrownBy(() -> Actors.callAs(ICE_ACTION, () -> queries.get(draft.id())))
			.isInstanceOf(org.casekeep.kernel.access.RecordNotFoundException.class);
		TaskerView assigned = Actors.callAs(ESEC_CLERK, () -> routing.assign(draft.id(), new TaskerRouting.AssignmentRequest(
				null, List.of(new AssignmentDraft("ice", "Office of Policy", null)), draft.version())));
		assertThat(assigned.status()).isEqualTo(TaskerStatus.ASSIGNED);
		assertThat(assigned.assignments()).extracting(AssignmentView::component, AssignmentView::office)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ICE", "Office of Policy"));
		assertThat(assigned.dueAt()).isEqualTo(TaskerDueDates.dueAt(assigned.assignedAt(), 5));
		assertThatThrownBy(() -> Actors.callAs(ESEC_CLERK, () -> routing.assign(draft.id(), new TaskerRouting.AssignmentRequest(
				null, List.of(new AssignmentDraft("ICE", "Office of Policy", null)), null))))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("already assigned");
		assertThatThrownBy(() -> Actors.callAs(ESEC_CLERK, () -> routing.assign(draft.id(), new TaskerRouting.AssignmentRequest(
				null, List.of(new AssignmentDraft("CBP", null, null)), draft.version()))))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);
		assertThat(Actors.callAs(ICE_ACTION, () -> queries.get(draft.id())).assignments().getFirst().mayAnswer()).isTrue();
	}

	@Test
	void cancellingNeedsAReasonAndClosesTheTasker() {
		UUID id = Actors.callAs(ESEC_CLERK, () -> routing.create(adHoc("Cancelled", "ICE"))).id();
		assertThatThrownBy(() -> Actors.callAs(ESEC_CLERK, () -> clearance.cancel(id, new TaskerClearance.Command(" ", null))))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("text");
		TaskerView cancelled = Actors.callAs(ESEC_CLERK, () -> clearance.cancel(id, new TaskerClearance.Command("Withdrawn", null)));
		assertThat(cancelled.status()).isEqualTo(TaskerStatus.CANCELLED);
		assertThat(cancelled.closedAt()).isNotNull();
		assertThat(retention.destroyAfter(Tasker.RECORD_TYPE, id.toString())).isPresent();
		AssignmentView ice = cancelled.assignments().getFirst();
		assertThatThrownBy(() -> Actors.callAs(ICE_ACTION, () -> answers.answer(id, ice.id(),
				new TaskerAnswers.Answer(Assignment.AnswerKind.CONCUR, null, ice.version()))))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("cancelled");
	}

	@Test
	void anExtensionRefusedLeavesTheDueDateAlone() {
		TaskerView tasker = Actors.callAs(ESEC_CLERK, () -> routing.create(adHoc("Refused", "CBP")));
		AssignmentView cbp = tasker.assignments().getFirst();
		Actors.runAs(CBP_ACTION, () -> answers.requestExtension(tasker.id(), cbp.id(),
				new TaskerAnswers.ExtensionRequest(java.time.LocalDate.now().plusMonths(2), "Holiday staffing", null)));
		TaskerView decided = Actors.callAs(ESEC_CLERK, () -> answers.decideExtension(tasker.id(), cbp.id(),
				new TaskerAnswers.ExtensionDecision(false, "The Secretary needs it this week", null)));
		assertThat(decided.dueAt()).isEqualTo(tasker.dueAt());
		assertThat(decided.assignments().getFirst().dueAt()).isEqualTo(cbp.dueAt());
		assertThat(decided.assignments().getFirst().extensionStatus()).isEqualTo(Assignment.ExtensionStatus.REFUSED);
		assertThatThrownBy(() -> Actors.callAs(ICE_ACTION, () -> answers.requestExtension(tasker.id(), cbp.id(),
				new TaskerAnswers.ExtensionRequest(java.time.LocalDate.now().plusMonths(2), "Not mine", null))))
			.isInstanceOf(org.casekeep.kernel.access.RecordNotFoundException.class);
	}

	@Test
	void historyListsEveryTransitionInOrder() {
		UUID id = answeredByIceAndCbp("History").id();
		Actors.runAs(ESEC_CLERK, () -> {
			clearance.compile(id, new TaskerClearance.Command("Compiled", null));
			// Separation of duties: another person of the office clears what the clerk compiled.
			Actors.runAs(ESEC_LEAD, () -> clearance.clear(id, new TaskerClearance.Command(null, null)));
			clearance.dispatch(id, new TaskerClearance.Command(null, null));
			clearance.close(id, new TaskerClearance.Command(null, null));
		});
		List<TaskerHistoryView> history = Actors.callAs(ESEC_CLERK, () -> queries.history(id));
		assertThat(history).extracting(TaskerHistoryView::action).containsExactly("CREATED", "ASSIGNED", "ASSIGNED",
				"STATUS", "ACTIVATED", "ACTIVATED", "ANSWERED_CONCUR", "ANSWERED_NON_CONCUR", "COMPILED", "CLEARED",
				"DISPATCHED", "CLOSED");
		assertThat(history).filteredOn(h -> h.assignmentId() == null)
			.extracting(TaskerHistoryView::fromStatus, TaskerHistoryView::toStatus)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(null, "DRAFT"),
					org.assertj.core.groups.Tuple.tuple("DRAFT", "ASSIGNED"),
					org.assertj.core.groups.Tuple.tuple("ASSIGNED", "COMPILED"),
					org.assertj.core.groups.Tuple.tuple("COMPILED", "CLEARED"),
					org.assertj.core.groups.Tuple.tuple("CLEARED", "DISPATCHED"),
					org.assertj.core.groups.Tuple.tuple("DISPATCHED", "CLOSED"));
		assertThat(history).extracting(TaskerHistoryView::sequence).isSorted();
		assertThat(history.get(6).actor()).isEqualTo("ice-action");
		// The notes are personal data: reading them is audited as a read of the tasker naming them.
		assertThat(jdbc.sql("""
				select fields from kernel.audit_entry where record_id = ? and action = 'READ' and actor = 'esec-clerk'
				order by seq desc limit 1""").param(id.toString()).query(String.class).single())
			.contains("entries.note");
	}

	@Test
	void anOverdueTaskerIsAnnouncedOnce(Scenario scenario) {
		TaskerView tasker = Actors.callAs(ESEC_CLERK, () -> routing.create(adHoc("Late", "ICE")));
		java.time.Instant later = tasker.dueAt().plus(java.time.Duration.ofDays(1));
		scenario.stimulate(() -> clearance.flagOverdue(later, 10_000))
			.andWaitForEventOfType(TaskerOverdue.class)
			.matching(event -> event.taskerId().equals(tasker.id()))
			.toArriveAndVerify(event -> assertThat(event.openComponents()).containsExactly("ICE"));
		clearance.flagOverdue(later, 10_000);
		List<TaskerHistoryView> history = Actors.callAs(ESEC_CLERK, () -> queries.history(tasker.id()));
		assertThat(history).filteredOn(h -> h.action().equals("OVERDUE")).hasSize(1);
	}

	private TaskerView answeredByIceAndCbp(String subject) {
		// A tasker answers a letter the assigning office may change: a made-up id is refused (404).
		UUID letter = Actors.callAs(ESEC_CLERK, () -> intake.intake(IntakeModuleTests.draft(subject, "Please advise.",
				null), List.of())).id();
		TaskerView tasker = Actors.callAs(ESEC_CLERK, () -> routing.create(new TaskerRouting.Draft(letter, subject,
				"Please review", 3, null, List.of(new AssignmentDraft("ICE", null, null),
						new AssignmentDraft("CBP", null, null)))));
		TaskerView afterIce = answer(ICE_ACTION, tasker, "ICE", Assignment.AnswerKind.CONCUR, null);
		return answer(CBP_ACTION, afterIce, "CBP", Assignment.AnswerKind.NON_CONCUR, "Conflicts with CBP guidance");
	}

	private TaskerView answer(Actor actor, TaskerView tasker, String component, Assignment.AnswerKind kind, String text) {
		AssignmentView assignment = tasker.assignments().stream().filter(a -> a.component().equals(component))
			.findFirst().orElseThrow();
		return Actors.callAs(actor, () -> answers.answer(tasker.id(), assignment.id(),
				new TaskerAnswers.Answer(kind, text, assignment.version())));
	}

	private Callable<TaskerView> racing(CyclicBarrier start, Actor actor, TaskerView tasker, String component,
			Assignment.AnswerKind kind, String text) {
		return () -> {
			start.await(10, TimeUnit.SECONDS);
			return answer(actor, tasker, component, kind, text);
		};
	}

	private static TaskerRouting.Draft adHoc(String subject, String... components) {
		List<AssignmentDraft> assignees = new ArrayList<>();
		for (String component : components) {
			assignees.add(new AssignmentDraft(component, null, null));
		}
		return new TaskerRouting.Draft(null, subject, null, 3, null, assignees);
	}

	private static RoutingTemplateDraft.RoutingStepDraft step(RoutingStepMode mode, AssignmentDraft... assignees) {
		return new RoutingTemplateDraft.RoutingStepDraft(mode, List.of(assignees));
	}
}
