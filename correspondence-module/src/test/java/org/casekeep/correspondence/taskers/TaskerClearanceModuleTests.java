package org.casekeep.correspondence.taskers;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.correspondence.history.TaskerHistoryView;
import org.casekeep.correspondence.intake.CorrespondenceIntake;
import org.casekeep.correspondence.intake.CorrespondenceView;
import org.casekeep.correspondence.intake.IntakeModuleTests;
import org.casekeep.correspondence.OfficeUsers;
import org.casekeep.correspondence.routing.AssignmentDraft;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Clearance as the PIA describes it (overview, "Response"; Appendix A, USCIS CATS): the levels of the tasker's type,
 * each signed by another person, and nobody clears alone — not who compiled the response, not who kept an SPII value
 * of its letter, nobody twice.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class TaskerClearanceModuleTests {

	static final Actor CLERK = OfficeUsers.ESEC_CLERK.actor();
	static final Actor LEAD = OfficeUsers.ESEC_LEAD.actor();
	static final Actor ICE_ACTION = OfficeUsers.ICE_ACTION.actor();
	// Two more people of the office, for the third and fourth signature of a three-level clearance.
	static final Actor COUNSEL = new Actor("esec-counsel", "ESEC", Set.of("exec_sec"));
	static final Actor FRONT_OFFICE = new Actor("esec-front", "ESEC", Set.of("exec_sec"));

	@Autowired
	TaskerRouting routing;

	@Autowired
	TaskerAnswers answers;

	@Autowired
	TaskerClearance clearance;

	@Autowired
	TaskerQueries queries;

	@Autowired
	CorrespondenceIntake intake;

	@Autowired
	MockMvc mvc;

	@Test
	void aPolicyResponseIsClearedLevelByLevelEachByAnotherPersonAndNeverByWhoCompiledIt() {
		UUID letter = letter("Guidance on port hours", "Please advise on the hours.");
		UUID id = compiledBy(CLERK, letter, "POLICY");

		assertThatThrownBy(() -> clear(CLERK, id)).isInstanceOf(WorkflowConflictException.class)
			.hasMessageContaining("compiled");
		TaskerView first = clear(LEAD, id);
		assertThat(first.status()).as("two levels still to sign").isEqualTo(TaskerStatus.COMPILED);
		assertThat(first.type()).isEqualTo("POLICY");
		assertThat(first.nextClearance()).isEqualTo("Office of the General Counsel");
		assertThatThrownBy(() -> clear(LEAD, id)).isInstanceOf(WorkflowConflictException.class)
			.hasMessageContaining("earlier level");
		assertThatThrownBy(() -> Actors.callAs(CLERK, () -> clearance.dispatch(id, new TaskerClearance.Command(null,
				null)))).as("nothing is dispatched before every level")
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.extracting(p -> p.field()).containsExactly("status"));
		clear(COUNSEL, id);
		TaskerView cleared = clear(FRONT_OFFICE, id);

		assertThat(cleared.status()).isEqualTo(TaskerStatus.CLEARED);
		assertThat(cleared.nextClearance()).isNull();
		assertThat(cleared.clearances()).extracting(TaskerView.Clearance::levelName, TaskerView.Clearance::clearedBy)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Program office", "esec-lead"),
					org.assertj.core.groups.Tuple.tuple("Office of the General Counsel", "esec-counsel"),
					org.assertj.core.groups.Tuple.tuple("Front Office", "esec-front"));
		List<TaskerHistoryView> history = Actors.callAs(CLERK, () -> queries.history(id));
		assertThat(history).extracting(TaskerHistoryView::action).endsWith("COMPILED", "CLEARANCE_SIGNED",
				"CLEARANCE_SIGNED", "CLEARED");
	}

	@Test
	void whoKeptAnIdentifierOfTheLetterDoesNotClearTheResponseToIt() throws Exception {
		CorrespondenceView held = Actors.callAs(CLERK, () -> intake.intake(IntakeModuleTests.draft("Benefit delay",
				"My SSN is 123-45-6789 and my benefit is late.", null), List.of()));
		assertThat(held.findings()).isNotEmpty();
		String decisions = held.findings().stream().map(f -> """
				{"findingId":"%s","decision":"KEEP","justification":"The benefit office needs it to find the case"}"""
			.formatted(f.id())).collect(java.util.stream.Collectors.joining(","));
		mvc.perform(post("/api/correspondence/{id}/spii-decisions", held.id()).with(OfficeUsers.ESEC_LEAD.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":%d,\"decisions\":[%s]}".formatted(held.version(), decisions)))
			.andExpect(status().isOk());
		UUID id = compiledBy(CLERK, held.id(), null);

		assertThatThrownBy(() -> clear(LEAD, id)).isInstanceOf(WorkflowConflictException.class)
			.hasMessageContaining("kept personal identifiers");
		TaskerView cleared = clear(COUNSEL, id);
		assertThat(cleared.type()).isEqualTo(TaskerTypes.STANDARD);
		assertThat(cleared.status()).as("the standard type has one level").isEqualTo(TaskerStatus.CLEARED);
	}

	@Test
	void aTypeThatDoesNotExistIsRefusedNamingTheField() {
		UUID letter = letter("Unknown type", "Please advise.");
		assertThatThrownBy(() -> Actors.callAs(CLERK, () -> routing.create(new TaskerRouting.Draft(letter, "Answer",
				null, 3, null, List.of(new AssignmentDraft("ICE", null, null)), "urgent-ish"))))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.extracting(p -> p.field()).containsExactly("type"));
	}

	private UUID letter(String subject, String body) {
		return Actors.callAs(CLERK, () -> intake.intake(IntakeModuleTests.draft(subject, body, null), List.of())).id();
	}

	private UUID compiledBy(Actor compiler, UUID letter, String type) {
		TaskerView tasker = Actors.callAs(CLERK, () -> routing.create(new TaskerRouting.Draft(letter, "Answer",
				"Please review", 3, null, List.of(new AssignmentDraft("ICE", null, null)), type)));
		AssignmentView assignment = tasker.assignments().getFirst();
		Actors.runAs(ICE_ACTION, () -> answers.answer(tasker.id(), assignment.id(),
				new TaskerAnswers.Answer(Assignment.AnswerKind.CONCUR, null, assignment.version())));
		Actors.runAs(compiler, () -> clearance.compile(tasker.id(), new TaskerClearance.Command("ICE concurs.", null)));
		return tasker.id();
	}

	private TaskerView clear(Actor actor, UUID id) {
		return Actors.callAs(actor, () -> clearance.clear(id, new TaskerClearance.Command(null, null)));
	}
}
