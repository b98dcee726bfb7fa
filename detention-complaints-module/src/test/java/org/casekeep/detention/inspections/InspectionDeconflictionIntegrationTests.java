package org.casekeep.detention.inspections;

import org.casekeep.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casekeep.detention.inspections.InspectionTeam.AUDITOR;
import static org.casekeep.detention.inspections.InspectionTeam.INVESTIGATOR;
import static org.casekeep.detention.inspections.InspectionTeam.MANAGER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Deconfliction against the embedded PostgreSQL (PIA overview: "OIDO staff will communicate with other offices ... to
 * ensure that no other team is already investigating the issue at the same time. Once this deconfliction is complete,
 * OIDO will visit the facility").
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class InspectionDeconflictionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aFileCannotBeScheduledBeforeAllFourOfficesHaveAnswered() throws Exception {
		String id = InspectionTeam.open(mvc, InspectionTeam.opening("STEWART", "ANNOUNCED", "2027-01-10", "2027-01-12"));
		mvc.perform(get(InspectionTeam.PATH + "/{id}", id).with(AUDITOR.token()))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.triggerCaseNumber").value("OIDO-2026-000042"))
			.andExpect(jsonPath("$.deconfliction", hasSize(4)))
			.andExpect(jsonPath("$.deconflictionComplete").value(false));
		AUDITOR.step(mvc, id, "schedule", "").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("no answer recorded from DHS Office of Inspector General")));
		AUDITOR.step(mvc, id, "deconfliction/OIG/answer", "\"answer\":\"NO_CONFLICT\"")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("has not been asked yet")));
		for (String office : new String[] { "OIG", "CRCL", "ICE_OPR" }) {
			AUDITOR.step(mvc, id, "deconfliction/" + office + "/asked", "").andExpect(status().isOk());
			AUDITOR.step(mvc, id, "deconfliction/" + office + "/answer", "\"answer\":\"NO_CONFLICT\"")
				.andExpect(status().isOk());
		}
		AUDITOR.step(mvc, id, "deconfliction/CBP_OPR/asked", "").andExpect(status().isOk())
			.andExpect(jsonPath("$.deconfliction[3].askedBy").value("oido-auditor"))
			.andExpect(jsonPath("$.deconfliction[3].askedAt").exists());
		AUDITOR.step(mvc, id, "schedule", "").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("CBP Office of Professional Responsibility")));
		AUDITOR.step(mvc, id, "deconfliction/CBP_OPR/answer", "\"answer\":\"CONFLICT\"")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("answerNotes"));
		AUDITOR.step(mvc, id, "deconfliction/CBP_OPR/answer", "\"answer\":\"NO_CONFLICT\"").andExpect(status().isOk())
			.andExpect(jsonPath("$.deconflictionComplete").value(true));
		AUDITOR.step(mvc, id, "schedule", "").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SCHEDULED"))
			.andExpect(jsonPath("$.scheduledBy").value("oido-auditor"));
	}

	@Test
	void aConflictOrNoAnswerKeepsTheFileFromBeingScheduled() throws Exception {
		String id = InspectionTeam.open(mvc, InspectionTeam.opening("TACOMA", "ANNOUNCED", "2027-02-01", "2027-02-02"));
		AUDITOR.deconflict(mvc, id);
		String other = InspectionTeam.open(mvc, InspectionTeam.opening("ADELANTO", "ANNOUNCED", "2027-02-01", "2027-02-02"));
		for (String office : new String[] { "OIG", "CRCL", "ICE_OPR", "CBP_OPR" }) {
			AUDITOR.step(mvc, other, "deconfliction/" + office + "/asked", "").andExpect(status().isOk());
		}
		AUDITOR.step(mvc, other, "deconfliction/OIG/answer",
				"\"answer\":\"CONFLICT\",\"notes\":\"OIG inspects medical care there in February; contact J. Doe\"")
			.andExpect(status().isOk());
		AUDITOR.step(mvc, other, "deconfliction/CRCL/answer", "\"answer\":\"NO_ANSWER\"").andExpect(status().isOk());
		AUDITOR.step(mvc, other, "deconfliction/ICE_OPR/answer", "\"answer\":\"NO_CONFLICT\"").andExpect(status().isOk());
		AUDITOR.step(mvc, other, "deconfliction/CBP_OPR/answer", "\"answer\":\"NO_CONFLICT\"").andExpect(status().isOk());
		AUDITOR.step(mvc, other, "schedule", "").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("DHS Office of Inspector General (Conflict)")))
			.andExpect(jsonPath("$.detail").value(containsString("(No answer given)")));
		assertThat(TestDatabase.single("select status from detention.inspection_file where id = ?::uuid", other))
			.isEqualTo("OPEN");
		AUDITOR.step(mvc, id, "schedule", "").andExpect(status().isOk());
	}

	@Test
	void ownOpenFileForTheSameFacilityAndAnOverlappingWindowIsDetectedAndShown() throws Exception {
		String first = InspectionTeam.open(mvc, InspectionTeam.opening("KROME", "ANNOUNCED", "2027-03-01", "2027-03-10"));
		String firstNumber = InspectionTeam.fileNumber(mvc, first);
		String later = InspectionTeam.open(mvc, InspectionTeam.opening("KROME", "ANNOUNCED", "2027-03-20", "2027-03-25"));
		String second = InspectionTeam.open(mvc, InspectionTeam.opening("KROME", "ANNOUNCED", "2027-03-10", "2027-03-15"));
		String elsewhere = InspectionTeam.open(mvc, InspectionTeam.opening("DILLEY", "ANNOUNCED", "2027-03-01", "2027-03-15"));
		mvc.perform(get(InspectionTeam.PATH + "/{id}", second).with(AUDITOR.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.overlaps", hasSize(1)))
			.andExpect(jsonPath("$.overlaps[0].fileNumber").value(firstNumber))
			.andExpect(jsonPath("$.overlaps[0].id").value(first));
		mvc.perform(get(InspectionTeam.PATH + "/{id}", later).with(AUDITOR.token()))
			.andExpect(jsonPath("$.overlaps", hasSize(0)));
		mvc.perform(get(InspectionTeam.PATH + "/{id}", elsewhere).with(AUDITOR.token()))
			.andExpect(jsonPath("$.overlaps", hasSize(0)));
		AUDITOR.deconflict(mvc, second);
		AUDITOR.step(mvc, second, "schedule", "").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString(firstNumber)));
		// The page shows the overlap in the deconfliction panel.
		String page = mvc.perform(get("/detention/inspections/{id}", second).with(AUDITOR.token()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Deconfliction").contains(firstNumber);
	}

	@Test
	void anUnannouncedOverlapOfAnotherTeamIsAPointerWithoutItsNumber() throws Exception {
		String confidential = mvc.perform(post(InspectionTeam.PATH).with(MANAGER.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content(InspectionTeam.opening("ELPSPC", "UNANNOUNCED", "2027-04-01", "2027-04-03")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String number = com.jayway.jsonpath.JsonPath.read(confidential, "$.fileNumber");
		String mine = InspectionTeam.open(mvc, InspectionTeam.opening("ELPSPC", "ANNOUNCED", "2027-04-02", "2027-04-05"));
		String body = mvc.perform(get(InspectionTeam.PATH + "/{id}", mine).with(AUDITOR.token()))
			.andExpect(jsonPath("$.overlaps", hasSize(1)))
			.andExpect(jsonPath("$.overlaps[0].fileNumber").doesNotExist())
			.andExpect(jsonPath("$.overlaps[0].contact").value("Ask an OIDO manager"))
			.andReturn().getResponse().getContentAsString();
		assertThat(body).doesNotContain(number);
	}

	@Test
	void aManagerOverridesWithAReasonWhichIsRecordedAndAudited() throws Exception {
		String id = InspectionTeam.open(mvc, InspectionTeam.opening("OTERO", "ANNOUNCED", "2027-05-01", "2027-05-02"));
		MANAGER.step(mvc, id, "deconfliction/override", "").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		MANAGER.step(mvc, id, "deconfliction/override", "\"reason\":\"Two deaths reported; OIG informed by phone\"")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.overrideReason").value("Two deaths reported; OIG informed by phone"))
			.andExpect(jsonPath("$.overriddenBy").value("oido-manager"))
			.andExpect(jsonPath("$.overriddenAt").exists());
		AUDITOR.step(mvc, id, "schedule", "").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SCHEDULED"));
		assertThat(TestDatabase.single("""
				select details from kernel.audit_entry where record_id = ? and action = 'UPDATE'
				and details like 'deconfliction overridden%'""", id))
			.isEqualTo("deconfliction overridden by oido-manager");
	}

	@Test
	void anInvestigatorCannotOverrideDeconfliction() throws Exception {
		String id = InspectionTeam.open(mvc, InspectionTeam.opening("OTERO", "ANNOUNCED", "2027-06-01", "2027-06-02"));
		MANAGER.step(mvc, id, "team", "\"username\":\"oido-investigator\"").andExpect(status().isOk());
		INVESTIGATOR.step(mvc, id, "deconfliction/override", "\"reason\":\"I think it is fine\"")
			.andExpect(status().isForbidden());
		AUDITOR.step(mvc, id, "deconfliction/override", "\"reason\":\"I think it is fine\"")
			.andExpect(status().isForbidden());
		INVESTIGATOR.step(mvc, id, "schedule", "").andExpect(status().isConflict());
		assertThat(TestDatabase.single("select coalesce(override_reason, 'none') || status from detention.inspection_file "
				+ "where id = ?::uuid", id)).isEqualTo("noneOPEN");
		assertThat(TestDatabase.count("select count(*) from kernel.audit_entry where record_id = '" + id
				+ "' and action = 'UPDATE' and details like 'deconfliction overridden%'")).isZero();
		mvc.perform(get(InspectionTeam.PATH + "/{id}", id).with(INVESTIGATOR.token()))
			.andExpect(jsonPath("$.overrideReason").doesNotExist())
			.andExpect(jsonPath("$.team", not(hasSize(0))));
	}
}
