package org.casekeep.detention.inspections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.detention.inspections.InspectionFile.Answer;
import org.casekeep.detention.inspections.InspectionFile.Office;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The file guards its own transitions (PIA overview "Investigations"), without Spring or a database. */
class InspectionFileTests {

	static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

	static final Actor MANAGER = new Actor("oido-manager", OidoRoles.COMPONENT, Set.of(OidoRoles.MANAGER));

	static final Actor INVESTIGATOR = new Actor("oido-investigator", OidoRoles.COMPONENT, Set.of(OidoRoles.INVESTIGATOR));

	static InspectionFile file(InspectionFile.InspectionType type) {
		return new InspectionFile("OIDO-INS-2026-000001", InspectionFile.TriggerKind.INTERNAL_SCHEDULE, null,
				"Yearly inspection", null, "OTERO", type, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2),
				"oido-auditor", NOW);
	}

	@Test
	void aFileIsScheduledOnlyOnceEveryOfficeAnsweredWithoutConflictAndNoOwnFileOverlaps() {
		InspectionFile file = file(InspectionFile.InspectionType.ANNOUNCED);
		assertThatThrownBy(() -> file.schedule(List.of(), "oido-auditor", NOW))
			.isInstanceOf(WorkflowConflictException.class).hasMessageContaining("no answer recorded");
		for (Office office : Office.values()) {
			file.ask(office, "oido-auditor", NOW);
			assertThat(file.deconflictionComplete()).isFalse();
			file.answer(office, office == Office.CRCL ? Answer.CONFLICT : Answer.NO_CONFLICT,
					office == Office.CRCL ? "CRCL investigates" : null, "oido-auditor", NOW);
		}
		assertThat(file.deconflictionComplete()).isTrue();
		assertThatThrownBy(() -> file.schedule(List.of(), "oido-auditor", NOW))
			.isInstanceOf(WorkflowConflictException.class).hasMessageContaining("not clear");
		assertThatThrownBy(() -> file.ask(Office.CRCL, "oido-auditor", NOW))
			.isInstanceOf(WorkflowConflictException.class).hasMessageContaining("already answered");
		assertThat(file.status()).isEqualTo(InspectionFile.Status.OPEN);
	}

	@Test
	void ownOverlappingFilesBlockSchedulingUnlessAManagerOverrode() {
		InspectionFile file = file(InspectionFile.InspectionType.ANNOUNCED);
		for (Office office : Office.values()) {
			file.ask(office, "oido-auditor", NOW);
			file.answer(office, Answer.NO_CONFLICT, null, "oido-auditor", NOW);
		}
		assertThatThrownBy(() -> file.schedule(List.of("OIDO-INS-2026-000007"), "oido-auditor", NOW))
			.hasMessageContaining("OIDO-INS-2026-000007");
		assertThatThrownBy(() -> file.override("because", INVESTIGATOR, NOW)).isInstanceOf(AccessDeniedException.class);
		file.override("Reported deaths", MANAGER, NOW);
		file.schedule(List.of("OIDO-INS-2026-000007"), "oido-auditor", NOW);
		assertThat(file.status()).isEqualTo(InspectionFile.Status.SCHEDULED);
		assertThat(file.overriddenBy()).isEqualTo("oido-manager");
		assertThatThrownBy(() -> file.override("again", MANAGER, NOW)).isInstanceOf(WorkflowConflictException.class);
	}

	@Test
	void anUnannouncedInspectionIsKnownOnlyToItsTeamAndManagersUntilTheVisit() {
		InspectionFile file = file(InspectionFile.InspectionType.UNANNOUNCED);
		assertThat(file.knownTo(INVESTIGATOR)).isFalse();
		assertThat(file.knownTo(MANAGER)).isTrue();
		assertThat(file.knownTo(new Actor("oido-auditor", OidoRoles.COMPONENT, Set.of(OidoRoles.JUNIOR_AUDITOR)))).isTrue();
		file.override("Unannounced by law", MANAGER, NOW);
		file.schedule(List.of(), "oido-manager", NOW);
		assertThat(file.knownTo(INVESTIGATOR)).isFalse();
		file.recordVisit(LocalDate.of(2027, 1, 1), null, "oido-manager", NOW);
		assertThat(file.knownTo(INVESTIGATOR)).isTrue();
		assertThat(file.confidential()).isFalse();
	}

	@Test
	void theReportGoesFromDraftThroughFeedbackAndRevisionToFinalWhichClosesTheFile() {
		InspectionFile file = file(InspectionFile.InspectionType.ANNOUNCED);
		assertThatThrownBy(() -> file.writeReport("early", null, NOW)).hasMessageContaining("before the visit");
		file.override("ok", MANAGER, NOW);
		file.schedule(List.of(), "oido-manager", NOW);
		file.recordVisit(LocalDate.of(2027, 1, 1), "notes", "oido-manager", NOW);
		assertThatThrownBy(() -> file.shareReport(NOW)).hasMessageContaining("not written yet");
		file.writeReport("draft", null, NOW);
		assertThat(file.reportStage()).isEqualTo(InspectionFile.ReportStage.DRAFT);
		assertThatThrownBy(() -> file.finalizeReport("oido-manager", NOW)).hasMessageContaining("revised");
		file.shareReport(NOW);
		assertThatThrownBy(() -> file.finalizeReport("oido-manager", NOW)).hasMessageContaining("revised");
		file.writeReport("revised", "ICE: agreed", NOW);
		file.finalizeReport("oido-manager", NOW);
		assertThat(file.status()).isEqualTo(InspectionFile.Status.CLOSED);
		assertThatThrownBy(() -> file.writeNotes("late", NOW)).hasMessageContaining("is closed");
		assertThatThrownBy(() -> file.addEvidence("attachments", NOW)).hasMessageContaining("is closed");
		assertThatThrownBy(() -> file.assign("someone", NOW)).hasMessageContaining("is closed");
		assertThatThrownBy(() -> file.addFinding("NDS2019-4.3", "late", "x", NOW)).hasMessageContaining("is closed");
	}

	@Test
	void aFileFromAComplaintNamesItsCaseNumberAndTheWindowEndsAfterItStarts() {
		assertThatThrownBy(() -> new InspectionFile("N", InspectionFile.TriggerKind.COMPLAINT, null, "x", null, "OTERO",
				InspectionFile.InspectionType.ANNOUNCED, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1), "a", NOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new InspectionFile("N", InspectionFile.TriggerKind.LEADERSHIP_REQUEST, null, "x", null,
				"OTERO", InspectionFile.InspectionType.ANNOUNCED, LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 1), "a",
				NOW)).isInstanceOf(IllegalArgumentException.class);
		InspectionFile news = new InspectionFile("N", InspectionFile.TriggerKind.PUBLIC_INFORMATION, null, "x",
				"Local news", "OTERO", InspectionFile.InspectionType.ANNOUNCED, LocalDate.of(2027, 1, 1),
				LocalDate.of(2027, 1, 1), "a", NOW);
		assertThat(news.publicInformation()).isTrue();
		assertThat(news.team()).containsExactly("a");
	}
}
