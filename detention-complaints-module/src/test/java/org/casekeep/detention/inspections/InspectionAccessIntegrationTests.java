package org.casekeep.detention.inspections;

import com.jayway.jsonpath.JsonPath;

import org.casekeep.kernel.testing.PageTesting;
import org.casekeep.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casekeep.detention.inspections.InspectionTeam.ANALYST;
import static org.casekeep.detention.inspections.InspectionTeam.AUDITOR;
import static org.casekeep.detention.inspections.InspectionTeam.ICE_WITH_OIDO_ROLE;
import static org.casekeep.detention.inspections.InspectionTeam.INTAKE;
import static org.casekeep.detention.inspections.InspectionTeam.INVESTIGATOR;
import static org.casekeep.detention.inspections.InspectionTeam.MANAGER;
import static org.casekeep.detention.inspections.InspectionTeam.OTHER_INVESTIGATOR;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who sees and edits files, against the embedded PostgreSQL (PIA 1.1: unannounced inspections; PIA 8.1: junior
 * auditors, investigators and SMEs edit the investigations assigned to them, managers all; PIA 3.3: nobody else).
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class InspectionAccessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anUnannouncedInspectionIsInNoListCountOrPageOfUsersOutsideItsTeamUntilTheVisit() throws Exception {
		long before = total(OTHER_INVESTIGATOR);
		String id = InspectionTeam.open(mvc, InspectionTeam.opening("ADELANTO", "UNANNOUNCED", "2027-07-01", "2027-07-02"));
		String number = InspectionTeam.fileNumber(mvc, id);
		assertThat(total(OTHER_INVESTIGATOR)).as("not even in counts").isEqualTo(before);
		assertThat(list(OTHER_INVESTIGATOR)).doesNotContain(number).doesNotContain(id);
		mvc.perform(get(InspectionTeam.PATH + "/{id}", id).with(OTHER_INVESTIGATOR.token()))
			.andExpect(status().isNotFound());
		OTHER_INVESTIGATOR.step(mvc, id, "notes", "\"notes\":\"x\"").andExpect(status().isNotFound());
		PageTesting.html(mvc, get("/detention/inspections/{id}", id).with(OTHER_INVESTIGATOR.token()), 404);
		assertThat(PageTesting.html(mvc, get("/detention/inspections").with(OTHER_INVESTIGATOR.token()), 200))
			.doesNotContain(number);
		assertThat(TestDatabase.count("select count(*) from kernel.audit_entry where record_id = '" + id
				+ "' and action = 'ACCESS_DENIED'")).as("the refusal is audited").isPositive();
		// Its team (the junior auditor who opened it) and managers see it.
		assertThat(list(AUDITOR)).contains(number);
		assertThat(list(MANAGER)).contains(number);
		mvc.perform(get(InspectionTeam.PATH + "/{id}", id).with(AUDITOR.token()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.confidential").value(true));
		// Once visited it is known to all who work inspections, and still edited only by its team.
		InspectionTeam.visited(mvc, id, "2027-07-01");
		assertThat(list(OTHER_INVESTIGATOR)).contains(number);
		assertThat(total(OTHER_INVESTIGATOR)).isEqualTo(before + 1);
		mvc.perform(get(InspectionTeam.PATH + "/{id}", id).with(OTHER_INVESTIGATOR.token()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anInvestigatorReadsAndEditsOnlyTheFilesAssignedToThem() throws Exception {
		String assigned = InspectionTeam.open(mvc, InspectionTeam.opening("STEWART", "ANNOUNCED", "2027-08-01", "2027-08-02"));
		String notAssigned = InspectionTeam.open(mvc, InspectionTeam.opening("STEWART", "ANNOUNCED", "2027-09-01", "2027-09-02"));
		INVESTIGATOR.step(mvc, assigned, "team", "\"username\":\"oido-investigator\"").andExpect(status().isForbidden());
		MANAGER.step(mvc, assigned, "team", "\"username\":\"oido-investigator\"").andExpect(status().isOk())
			.andExpect(jsonPath("$.team", hasItem("oido-investigator")));
		INVESTIGATOR.step(mvc, assigned, "notes", "\"notes\":\"Called the facility's compliance officer\"")
			.andExpect(status().isOk()).andExpect(jsonPath("$.notes").value("Called the facility's compliance officer"));
		INVESTIGATOR.step(mvc, notAssigned, "notes", "\"notes\":\"Mine now\"").andExpect(status().isForbidden());
		INVESTIGATOR.step(mvc, notAssigned, "deconfliction/OIG/asked", "").andExpect(status().isForbidden());
		mvc.perform(get(InspectionTeam.PATH + "/{id}", notAssigned).with(INVESTIGATOR.token()))
			.andExpect(status().isForbidden());
		assertThat(TestDatabase.single("select coalesce(notes, 'none') from detention.inspection_file where id = ?::uuid",
				notAssigned)).isEqualTo("none");
		// Announced files are listed for all who work inspections; the manager edits every file.
		assertThat(list(INVESTIGATOR)).contains(InspectionTeam.fileNumber(mvc, notAssigned));
		MANAGER.step(mvc, notAssigned, "notes", "\"notes\":\"Manager's note\"").andExpect(status().isOk());
	}

	@Test
	void intakeStaffAnalystsAndOtherComponentsHaveNothingHere() throws Exception {
		String id = InspectionTeam.open(mvc, InspectionTeam.opening("OTERO", "ANNOUNCED", "2027-10-01", "2027-10-02"));
		for (InspectionTeam outsider : new InspectionTeam[] { INTAKE, ANALYST, ICE_WITH_OIDO_ROLE }) {
			mvc.perform(get(InspectionTeam.PATH).with(outsider.token())).andExpect(status().isForbidden());
			mvc.perform(get(InspectionTeam.PATH + "/{id}", id).with(outsider.token())).andExpect(status().isForbidden());
			mvc.perform(post(InspectionTeam.PATH).with(outsider.token()).contentType(MediaType.APPLICATION_JSON)
					.content(InspectionTeam.opening("OTERO", "ANNOUNCED", "2027-10-01", "2027-10-02")))
				.andExpect(status().isForbidden());
		}
		// Investigators do not open files: junior auditors do the intake (PIA 8.1).
		mvc.perform(post(InspectionTeam.PATH).with(INVESTIGATOR.token()).contentType(MediaType.APPLICATION_JSON)
				.content(InspectionTeam.opening("OTERO", "ANNOUNCED", "2027-10-01", "2027-10-02")))
			.andExpect(status().isForbidden());
	}

	@Test
	void publicInformationIsMarkedAsSuchAndBadInputNamesTheField() throws Exception {
		mvc.perform(post(InspectionTeam.PATH).with(AUDITOR.token()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"triggerKind":"PUBLIC_INFORMATION","triggerDescription":"News report of a hunger strike",
						 "facility":"NOWHERE","inspectionType":"SOMETIMES","plannedFrom":"2027-10-05","plannedTo":"2027-10-01"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("publicSource")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("inspectionType")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("plannedTo")));
		String body = mvc.perform(post(InspectionTeam.PATH).with(AUDITOR.token()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"triggerKind":"PUBLIC_INFORMATION","triggerDescription":"News report of a hunger strike",
						 "publicSource":"El Paso Times, 2026-11-30","facility":"ELPSPC","inspectionType":"ANNOUNCED",
						 "plannedFrom":"2027-10-05","plannedTo":"2027-10-06"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.publicInformation").value(true))
			.andExpect(jsonPath("$.triggerKind").value("PUBLIC_INFORMATION"))
			.andReturn().getResponse().getContentAsString();
		mvc.perform(post(InspectionTeam.PATH).with(AUDITOR.token()).contentType(MediaType.APPLICATION_JSON)
				.content(InspectionTeam.opening("NOWHERE", "ANNOUNCED", "2027-10-05", "2027-10-06")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("facility"));
		String id = JsonPath.read(body, "$.id");
		AUDITOR.step(mvc, id, "notes", "\"notes\":\"stale\"").andExpect(status().isOk());
		mvc.perform(post(InspectionTeam.PATH + "/{id}/notes", id).with(AUDITOR.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"notes\":\"lost update\"}"))
			.andExpect(status().isConflict());
		mvc.perform(get(InspectionTeam.PATH + "/{id}", id).with(AUDITOR.token()))
			.andExpect(jsonPath("$.notes").value("stale"));
	}

	private String list(InspectionTeam user) throws Exception {
		return mvc.perform(get(InspectionTeam.PATH).param("size", "100").with(user.token()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long total(InspectionTeam user) throws Exception {
		return ((Number) JsonPath.read(list(user), "$.total")).longValue();
	}
}
