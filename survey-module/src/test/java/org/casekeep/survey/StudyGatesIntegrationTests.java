package org.casekeep.survey;


import org.casekeep.survey.studies.Gate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The gates before any collection (Customer Research PIA overview "Oversight of Information Collections", 1.5, 2.5,
 * 4.1) against the embedded PostgreSQL: a study cannot open collection through the API while any one gate is open,
 * and can once all are closed; who may take each step, and separation of duties.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
@Import(SettableClock.Config.class)
class StudyGatesIntegrationTests extends ResearchIntegrationTest {

	@Test
	void collectionOpensOnceEveryGateIsClosedAndRecordsTheApprovedVersionItUses() throws Exception {
		String study = api.publicStudy(true);
		String instrument = api.closeGatesExcept(study, null);

		assertThat(api.openGates(study)).isEmpty();
		api.openWave(study, ResearchUsers.RESEARCHER)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(1))
			.andExpect(jsonPath("$.instrumentVersions[0]").value(instrument + ":1"));
		assertThat(jdbc.sql("select count(*) from kernel.audit_entry where record_type = 'survey.wave' and action = 'CREATE'"
				+ " and record_component = 'USCIS'").query(Long.class).single()).isPositive();
	}

	/** One run per gate: with only that gate left open (and those that follow from it), collection is refused. */
	@ParameterizedTest
	@EnumSource(Gate.class)
	void collectionIsRefusedWhileTheGateIsOpen(Gate gate) throws Exception {
		String study = api.publicStudy(true);
		api.closeGatesExcept(study, gate);

		assertThat(api.openGates(study)).contains(gate.name());
		api.openWave(study, ResearchUsers.RESEARCHER)
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString(gate.name())));
		assertThat(jdbc.sql("select count(*) from survey.wave where study_id = ?::uuid").param(study)
			.query(Long.class).single()).isZero();
	}

	@Test
	void eachGateAloneIsTheOnlyOneNamedWhereItDoesNotFollowFromAnother() throws Exception {
		for (Gate gate : new Gate[] { Gate.PRIVACY_OFFICE_APPROVAL, Gate.OMB_CLEARANCE, Gate.FEDERAL_REGISTER_NOTICE,
				Gate.VENDOR_APPROVAL, Gate.INSTRUMENT_APPROVAL }) {
			String study = api.publicStudy(true);
			api.closeGatesExcept(study, gate);
			assertThat(api.openGates(study)).as(gate.name()).containsExactly(gate.name());
		}
	}

	@Test
	void anExpiredOmbControlNumberOpensTheGateAgain() throws Exception {
		String study = api.publicStudy(false);
		api.closeGatesExcept(study, null);
		assertThat(api.openGates(study)).isEmpty();

		clock.setToday(TODAY.plusYears(2).plusDays(1));
		assertThat(api.openGates(study)).containsExactly("OMB_CLEARANCE");
		api.openWave(study, ResearchUsers.RESEARCHER).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("expired")));
	}

	@Test
	void theFederalRegisterCommentPeriodMustHavePassedItsThirtiethDay() throws Exception {
		String study = api.publicStudy(false);
		api.closeGatesExcept(study, null);
		api.json(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put(ResearchApi.STUDIES + "/{id}/clearance", study), ResearchUsers.RESEARCHER, """
				{"ombControlNumber":"1601-0001","ombExpiresOn":"2029-01-01","icrRetention":"P3Y",
				 "federalRegisterNoticeOn":"%s"}""".formatted(TODAY.minusDays(30))).andExpect(status().isOk());
		assertThat(api.openGates(study)).containsExactly("FEDERAL_REGISTER_NOTICE");

		clock.setToday(TODAY.plusDays(1));
		assertThat(api.openGates(study)).isEmpty();
		api.openWave(study, ResearchUsers.RESEARCHER).andExpect(status().isCreated());
	}

	@Test
	void aStudyOfFederalEmployeesOnlyIsExemptFromOmbClearanceButOneWithContractorsIsNot() throws Exception {
		String employees = api.study(ResearchUsers.RESEARCHER, "EMPLOYEES_AND_CONTRACTORS", true, 800, null);
		api.perform(get(ResearchApi.STUDIES + "/{id}", employees), ResearchUsers.RESEARCHER)
			.andExpect(jsonPath("$.praApplies").value(false))
			.andExpect(jsonPath("$.praStatus").value(containsString("Exempt")));
		api.perform(post(ResearchApi.STUDIES + "/{id}/pta/submission", employees), ResearchUsers.RESEARCHER);
		api.perform(post(ResearchApi.STUDIES + "/{id}/pta/review", employees), ResearchUsers.USCIS_PRIVACY);
		api.perform(post(ResearchApi.STUDIES + "/{id}/pta/approval", employees), ResearchUsers.APPROVER);
		String instrument = api.instrumentWithNotice(employees);
		api.perform(post(ResearchApi.STUDIES + "/{id}/instruments/{i}/approval", employees, instrument),
				ResearchUsers.APPROVER).andExpect(status().isOk());
		assertThat(api.openGates(employees)).isEmpty();
		api.openWave(employees, ResearchUsers.RESEARCHER).andExpect(status().isCreated());

		String withContractors = api.study(ResearchUsers.RESEARCHER, "EMPLOYEES_AND_CONTRACTORS", false, 800, null);
		assertThat(api.openGates(withContractors)).contains("OMB_CLEARANCE", "FEDERAL_REGISTER_NOTICE");
		String nine = api.study(ResearchUsers.RESEARCHER, "GENERAL_PUBLIC", false, 9, null);
		assertThat(api.openGates(nine)).doesNotContain("OMB_CLEARANCE", "FEDERAL_REGISTER_NOTICE");
	}

	@Test
	void theResearcherCannotReviewOrApproveTheirOwnPta() throws Exception {
		String study = api.study(ResearchUsers.RESEARCHER_AND_APPROVER, "GENERAL_PUBLIC", false, 50, null);
		api.perform(post(ResearchApi.STUDIES + "/{id}/pta/submission", study), ResearchUsers.RESEARCHER_AND_APPROVER)
			.andExpect(status().isOk());
		api.perform(post(ResearchApi.STUDIES + "/{id}/pta/review", study), ResearchUsers.USCIS_PRIVACY)
			.andExpect(status().isOk());

		api.perform(post(ResearchApi.STUDIES + "/{id}/pta/approval", study), ResearchUsers.RESEARCHER_AND_APPROVER)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("Separation of duties")));
		api.perform(get(ResearchApi.STUDIES + "/{id}", study), ResearchUsers.RESEARCHER_AND_APPROVER)
			.andExpect(jsonPath("$.ptaState").value("REVIEWED"));
		assertThat(jdbc.sql("select count(*) from kernel.audit_entry where action = 'ACCESS_DENIED' and record_id = ?")
			.param(study).query(Long.class).single()).isPositive();

		api.perform(post(ResearchApi.STUDIES + "/{id}/pta/approval", study), ResearchUsers.APPROVER)
			.andExpect(status().isOk()).andExpect(jsonPath("$.ptaApprovedBy").value("research-approver"));
	}

	@Test
	void thePtaStepsGoInOrderEachByItsOwnRole() throws Exception {
		String study = api.publicStudy(false);
		api.perform(post(ResearchApi.STUDIES + "/{id}/pta/review", study), ResearchUsers.USCIS_PRIVACY)
			.andExpect(status().isConflict());
		api.perform(post(ResearchApi.STUDIES + "/{id}/pta/submission", study), ResearchUsers.RESEARCHER)
			.andExpect(status().isOk());
		// Another component's privacy office does not review USCIS's study; a researcher reviews nothing.
		api.perform(post(ResearchApi.STUDIES + "/{id}/pta/review", study), ResearchUsers.ICE_PRIVACY)
			.andExpect(status().isForbidden());
		api.perform(post(ResearchApi.STUDIES + "/{id}/pta/review", study), ResearchUsers.RESEARCHER)
			.andExpect(status().isForbidden());
		api.perform(post(ResearchApi.STUDIES + "/{id}/pta/approval", study), ResearchUsers.APPROVER)
			.andExpect(status().isConflict());
		api.perform(post(ResearchApi.STUDIES + "/{id}/pta/review", study), ResearchUsers.USCIS_PRIVACY)
			.andExpect(status().isOk());
		api.perform(post(ResearchApi.STUDIES + "/{id}/pta/approval", study), ResearchUsers.RESEARCHER)
			.andExpect(status().isForbidden());
		api.perform(post(ResearchApi.STUDIES + "/{id}/pta/approval", study), ResearchUsers.APPROVER)
			.andExpect(status().isOk()).andExpect(jsonPath("$.ptaState").value("APPROVED"));
	}

	@Test
	void aResearcherOfAnotherUnitAndAUserWithoutAResearchRoleAreDenied() throws Exception {
		String study = api.publicStudy(false);
		String instrument = api.closeGatesExcept(study, null);

		api.perform(get(ResearchApi.STUDIES + "/{id}", study), ResearchUsers.ICE_RESEARCHER)
			.andExpect(status().isForbidden());
		api.openWave(study, ResearchUsers.ICE_RESEARCHER).andExpect(status().isForbidden());
		api.json(post(ResearchApi.STUDIES + "/{id}/instruments/{i}/questions", study, instrument),
				ResearchUsers.ICE_RESEARCHER, "{\"kind\":\"YES_NO\",\"text\":\"Anything else?\"}")
			.andExpect(status().isForbidden());
		api.perform(get(ResearchApi.STUDIES), ResearchUsers.ICE_RESEARCHER)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '" + study + "')]").isEmpty());
		api.perform(get(ResearchApi.STUDIES), ResearchUsers.CRM_USER).andExpect(status().isForbidden());
		api.perform(get(ResearchApi.STUDIES + "/{id}", study), ResearchUsers.CRM_USER)
			.andExpect(status().isForbidden());
		api.perform(get(ResearchApi.STUDIES + "/{id}/gates", study), ResearchUsers.CRM_USER)
			.andExpect(status().isForbidden());
		api.json(post(ResearchApi.STUDIES), ResearchUsers.CRM_USER, "{}").andExpect(status().isForbidden());
		api.openWave(study, ResearchUsers.APPROVER).andExpect(status().isForbidden());
		// The study's own privacy office and the Privacy Office read it.
		api.perform(get(ResearchApi.STUDIES + "/{id}", study), ResearchUsers.USCIS_PRIVACY).andExpect(status().isOk());
		api.perform(get(ResearchApi.STUDIES + "/{id}", study), ResearchUsers.APPROVER).andExpect(status().isOk());
		api.perform(get(ResearchApi.STUDIES + "/{id}", study), ResearchUsers.ICE_PRIVACY)
			.andExpect(status().isForbidden());
	}

	@Test
	void badInputIsRefusedWith422NamingEachFieldAndNothingIsWritten() throws Exception {
		long before = jdbc.sql("select count(*) from survey.study").query(Long.class).single();
		api.json(post(ResearchApi.STUDIES), ResearchUsers.RESEARCHER, """
				{"title":" ","method":"POLL","purpose":"Why","population":"GENERAL_PUBLIC","federalEmployeesOnly":true,
				 "plannedParticipants":"many","startsOn":"2027-05-01","endsOn":"2027-04-01"}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("title")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("method")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("federalEmployeesOnly")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("plannedParticipants")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("endsOn")));
		assertThat(jdbc.sql("select count(*) from survey.study").query(Long.class).single()).isEqualTo(before);

		String study = api.publicStudy(false);
		api.json(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put(ResearchApi.STUDIES + "/{id}/clearance", study), ResearchUsers.RESEARCHER, """
				{"ombControlNumber":"16010001","ombExpiresOn":"soon","icrRetention":"three years"}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("ombControlNumber")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("ombExpiresOn")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("icrRetention")));
		api.json(post(ResearchApi.STUDIES + "/{id}/vendor/approvals", study), ResearchUsers.APPROVER,
				"{\"office\":\"PRIVACY_OFFICE\"}").andExpect(status().isConflict());
	}
}
