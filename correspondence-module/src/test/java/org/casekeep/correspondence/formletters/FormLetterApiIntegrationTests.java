package org.casekeep.correspondence.formletters;

import com.jayway.jsonpath.JsonPath;
import org.casekeep.correspondence.OfficeUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The form-letter library (Intranet Quorum): versioned letters, approved by a second person before use. */
@ApplicationModuleTest
@AutoConfigureMockMvc
class FormLetterApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aLetterIsUsableOnlyOnceAnotherMemberOfTheOfficeApprovedIt() throws Exception {
		String id = create("Acknowledgement " + System.nanoTime(), "Dear {{salutation}} {{lastName}}, we received {{referenceNumber}}.");
		String fill = "{\"salutation\":\"Mr.\",\"lastName\":\"Diaz\",\"referenceNumber\":\"CORR-2027-000042\"}";

		mvc.perform(post("/api/correspondence/form-letters/{id}/fill", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content(fill))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("approved")));
		mvc.perform(post("/api/correspondence/form-letters/{id}/versions/1/submission", id).with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.versions[0].status").value("PENDING_APPROVAL"));
		mvc.perform(post("/api/correspondence/form-letters/{id}/versions/1/approval", id).with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("author")));
		mvc.perform(post("/api/correspondence/form-letters/{id}/versions/1/approval", id).with(OfficeUsers.ESEC_LEAD.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.approvedVersion").value(1))
			.andExpect(jsonPath("$.versions[0].decidedBy").value("esec-lead"));

		mvc.perform(post("/api/correspondence/form-letters/{id}/fill", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content(fill))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.text").value("Dear Mr. Diaz, we received CORR-2027-000042."));
	}

	@Test
	void aNewVersionLeavesTheApprovedOneInUseUntilItIsApprovedAndThenRetiresIt() throws Exception {
		String id = create("Referral " + System.nanoTime(), "Version one for {{lastName}}.");
		approve(id, 1);
		String letter = mvc.perform(get("/api/correspondence/form-letters/{id}", id).with(OfficeUsers.ESEC_CLERK.token()))
			.andReturn().getResponse().getContentAsString();
		Integer version = JsonPath.read(letter, "$.version");
		mvc.perform(put("/api/correspondence/form-letters/{id}", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"body\":\"Version two for {{lastName}}.\",\"changeNote\":\"shorter\",\"version\":" + version + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.versions.length()").value(2));
		fillExpecting(id, "Version one for Kim.");
		approve(id, 2);
		fillExpecting(id, "Version two for Kim.");
		mvc.perform(get("/api/correspondence/form-letters/{id}", id).with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(jsonPath("$.versions[0].status").value("RETIRED"))
			.andExpect(jsonPath("$.versions[1].status").value("APPROVED"));
	}

	@Test
	void unknownMergeFieldsAndMissingValuesAreNamed() throws Exception {
		mvc.perform(post("/api/correspondence/form-letters").with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Typo " + System.nanoTime() + "\",\"body\":\"Dear {{lastname}}, your SSN {{ssn}}\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("body"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("{{lastname}}, {{ssn}}")));
		String id = create("Needs values " + System.nanoTime(), "Dear {{lastName}} of {{organization}}");
		approve(id, 1);
		mvc.perform(post("/api/correspondence/form-letters/{id}/fill", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"lastName\":\"Kim\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("values.organization"));
	}

	@Test
	void onlyTheExecutiveSecretariatWritesLettersAndOutsidersSeeNothing() throws Exception {
		mvc.perform(post("/api/correspondence/form-letters").with(OfficeUsers.PSO_ANALYST.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\",\"body\":\"y\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/correspondence/form-letters").with(OfficeUsers.PSO_ANALYST.token()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anOfficesLettersStayWithTheOfficeWhileTheExecutiveSecretariatsServeEveryone() throws Exception {
		String esec = create("Department letter " + System.nanoTime(), "Dear {{lastName}}, thank you.");
		approve(esec, 1);
		mvc.perform(get("/api/correspondence/form-letters").with(OfficeUsers.ICE_ACTION.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.hasItem(esec)));
		String ice = JsonPath.read(mvc.perform(post("/api/correspondence/form-letters")
				.with(OfficeUsers.ICE_ESEC.token()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"ICE only %d\",\"body\":\"Dear {{lastName}}.\"}".formatted(System.nanoTime())))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(get("/api/correspondence/form-letters").with(OfficeUsers.CBP_ACTION.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.hasItem(esec)))
			.andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(ice))));
		mvc.perform(get("/api/correspondence/form-letters/{id}", ice).with(OfficeUsers.CBP_ACTION.token()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/correspondence/form-letters/{id}/fill", ice).with(OfficeUsers.CBP_ACTION.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"lastName\":\"Kim\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/correspondence/form-letters/{id}", ice).with(OfficeUsers.ICE_ACTION.token()))
			.andExpect(status().isOk());
	}

	private String create(String name, String body) throws Exception {
		String json = mvc.perform(post("/api/correspondence/form-letters").with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name + "\",\"body\":\"" + body + "\"}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(json, "$.id");
	}

	private void approve(String id, int number) throws Exception {
		mvc.perform(post("/api/correspondence/form-letters/{id}/versions/{n}/submission", id, number).with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(status().isOk());
		mvc.perform(post("/api/correspondence/form-letters/{id}/versions/{n}/approval", id, number).with(OfficeUsers.ESEC_LEAD.token()))
			.andExpect(status().isOk());
	}

	private void fillExpecting(String id, String text) throws Exception {
		mvc.perform(post("/api/correspondence/form-letters/{id}/fill", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"lastName\":\"Kim\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.text").value(text));
	}
}
