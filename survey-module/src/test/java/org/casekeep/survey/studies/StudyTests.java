package org.casekeep.survey.studies;

import java.time.Instant;
import java.time.LocalDate;

import org.casekeep.kernel.validation.WorkflowConflictException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The study aggregate guarding its own gates, without Spring or a database (Customer Research PIA 1.5, 2.5, 4.1). */
class StudyTests {

	static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
	static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");

	@Test
	void thePraAppliesFromTheTenthMemberOfThePublicAndNeverToFederalEmployeesOnly() {
		assertThat(study(Population.GENERAL_PUBLIC, false, 9, null).praApplies()).isFalse();
		assertThat(study(Population.GENERAL_PUBLIC, false, 10, null).praApplies()).isTrue();
		assertThat(study(Population.PUBLIC_STAKEHOLDERS, false, 10, null).praApplies()).isTrue();
		// PIA overview: information collected from government contractors generally is not exempt.
		assertThat(study(Population.EMPLOYEES_AND_CONTRACTORS, false, 10, null).praApplies()).isTrue();
		assertThat(study(Population.EMPLOYEES_AND_CONTRACTORS, true, 5000, null).praApplies()).isFalse();
	}

	@Test
	void theCommentPeriodRunsThirtyDaysFromTheNoticeAndCollectionMayStartTheDayAfter() {
		Study study = approved(study(Population.GENERAL_PUBLIC, false, 100, null));
		study.recordClearance("1601-0001", TODAY.plusYears(1), "P3Y", TODAY.minusDays(30), NOW);
		assertThat(gates(study, TODAY)).containsExactly(Gate.FEDERAL_REGISTER_NOTICE);
		assertThat(gates(study, TODAY.plusDays(1))).isEmpty();
		assertThat(gates(study, TODAY.plusYears(1).plusDays(1))).containsExactly(Gate.OMB_CLEARANCE);
	}

	@Test
	void thePtaStepsGoInOrderAndNobodyReviewsOrApprovesTheirOwnWork() {
		Study study = study(Population.GENERAL_PUBLIC, false, 5, null);
		assertThatThrownBy(() -> study.reviewPta("uscis-privacy", NOW)).isInstanceOf(WorkflowConflictException.class);
		study.submitPta("researcher", NOW);
		assertThatThrownBy(() -> study.approvePta("research-approver", NOW))
			.isInstanceOf(WorkflowConflictException.class);
		assertThatThrownBy(() -> study.reviewPta("researcher", NOW)).isInstanceOf(SeparationOfDutiesException.class);
		study.reviewPta("uscis-privacy", NOW);
		assertThatThrownBy(() -> study.approvePta("uscis-privacy", NOW))
			.isInstanceOf(SeparationOfDutiesException.class);
		assertThatThrownBy(() -> study.approvePta("researcher", NOW)).isInstanceOf(SeparationOfDutiesException.class);
		study.approvePta("research-approver", NOW);
		assertThat(gates(study, TODAY)).isEmpty();
	}

	@Test
	void aVendorToolNeedsBothApprovalsAndIpAndEmailCollectionDisabled() {
		Study study = approved(study(Population.GENERAL_PUBLIC, false, 5, "SurveyCo"));
		assertThat(gates(study, TODAY)).containsExactly(Gate.VENDOR_APPROVAL);
		study.approveVendorForPrivacyOffice("research-approver", NOW);
		study.approveVendorForPublicAffairs("research-approver", NOW);
		study.recordVendorSettings(true, false, NOW);
		assertThat(study.openGates(TODAY)).singleElement()
			.satisfies(gate -> assertThat(gate.reason()).contains("e-mail collection disabled")
				.doesNotContain("IP address"));
		study.recordVendorSettings(true, true, NOW);
		assertThat(gates(study, TODAY)).isEmpty();
		assertThatThrownBy(() -> approved(study(Population.GENERAL_PUBLIC, false, 5, null))
			.approveVendorForPrivacyOffice("research-approver", NOW)).isInstanceOf(WorkflowConflictException.class);
	}

	private static java.util.List<Gate> gates(Study study, LocalDate day) {
		return study.openGates(day).stream().map(OpenGate::gate).toList();
	}

	private static Study approved(Study study) {
		study.submitPta("researcher", NOW);
		study.reviewPta("uscis-privacy", NOW);
		study.approvePta("research-approver", NOW);
		return study;
	}

	private static Study study(Population population, boolean federalEmployeesOnly, int planned, String vendor) {
		return new Study(new StudyValues("Visitor satisfaction", ResearchMethod.SURVEY, "Better service", population,
				federalEmployeesOnly, planned, TODAY, TODAY.plusMonths(3), vendor), "USCIS", "researcher", NOW);
	}
}
