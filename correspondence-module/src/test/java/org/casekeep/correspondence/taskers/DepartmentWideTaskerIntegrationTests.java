package org.casekeep.correspondence.taskers;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.casekeep.correspondence.OfficeUsers;
import org.casekeep.correspondence.office.OfficeRoles;
import org.casekeep.kernel.testing.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A tasker to the whole Department (issue 3 item 4, ESTT): one parallel assignment per operational component, seen by
 * each component's action officers, recorded once in the history, and compiled only once every component answered.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class DepartmentWideTaskerIntegrationTests {

	static final String TASKERS = "/api/correspondence/taskers";

	/** kernel.component without ESEC (it routes and compiles) and OCIO (administrative; never tasked). */
	static final List<String> DEPARTMENT = List.of("CBP", "CISA", "CRCL", "FEMA", "ICE", "IGA", "OGC", "OIDO", "OIG",
			"OLA", "OPA", "PLCY", "PRIV", "PSO", "TSA", "USCG", "USCIS", "USSS", "WHL");

	@Autowired
	MockMvc mvc;

	@Test
	void everyComponentsActionOfficerSeesADepartmentWideTaskerAndItCompilesOnlyOnceAllHaveAnswered() throws Exception {
		MvcResult created = mvc.perform(post(TASKERS).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"subject":"Department-wide data call on language access","businessDays":5,
						 "assignees":[{"department":true}]}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("ASSIGNED"))
			.andExpect(jsonPath("$.assignments.length()").value(DEPARTMENT.size()))
			.andExpect(jsonPath("$.assignments[*].departmentWide", not(hasItem(false))))
			.andExpect(jsonPath("$.assignments[*].status", not(hasItem("WAITING"))))
			.andReturn();
		String json = created.getResponse().getContentAsString();
		String id = JsonPath.read(json, "$.id");
		List<String> components = JsonPath.read(json, "$.assignments[*].component");
		assertThat(components).containsExactlyInAnyOrderElementsOf(DEPARTMENT);

		for (String component : DEPARTMENT) {
			RequestPostProcessor officer = officerOf(component);
			mvc.perform(get(TASKERS + "/{id}", id).with(officer)).andExpect(status().isOk());
			// Farthest due first: a new tasker is among the first hundred, whatever older ones the suite left.
			mvc.perform(get(TASKERS).param("sort", "due,desc").param("size", "100").with(officer))
				.andExpect(jsonPath("$[*].id", hasItem(id)));
		}
		mvc.perform(get(TASKERS + "/{id}", id).with(officerOf("OCIO"))).andExpect(status().isNotFound());
		mvc.perform(get(TASKERS).with(officerOf("OCIO"))).andExpect(jsonPath("$[*].id", not(hasItem(id))));

		List<String> actions = JsonPath.read(mvc.perform(get(TASKERS + "/{id}/history", id)
				.with(OfficeUsers.ESEC_CLERK.token())).andReturn().getResponse().getContentAsString(), "$[*].action");
		assertThat(actions).containsExactly("CREATED", "ASSIGNED_DEPARTMENT", "STATUS", "ACTIVATED");
		String note = JsonPath.read(mvc.perform(get(TASKERS + "/{id}/history", id).with(OfficeUsers.ICE_ACTION.token()))
			.andReturn().getResponse().getContentAsString(), "$[1].note");
		assertThat(note).startsWith("Whole Department: 19 components").contains("CBP").doesNotContain("OCIO");

		for (int i = 0; i < DEPARTMENT.size() - 1; i++) {
			answer(id, i, "{\"kind\":\"CONCUR\"}").andExpect(status().isOk());
			if (i == 0) {
				// Another component's officer cannot answer for the first one.
				mvc.perform(post(TASKERS + "/{id}/assignments/{a}/answer", id, assignment(id, 1, "id"))
						.with(officerOf(assignment(id, 2, "component"))).contentType(MediaType.APPLICATION_JSON)
						.content("{\"kind\":\"CONCUR\",\"version\":0}"))
					.andExpect(status().isForbidden());
			}
		}
		mvc.perform(post(TASKERS + "/{id}/compile", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"All concur\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("assignments"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("1 assignment is")));

		answer(id, DEPARTMENT.size() - 1, "{\"kind\":\"NON_CONCUR\",\"text\":\"Not our mission\"}")
			.andExpect(status().isOk());
		mvc.perform(post(TASKERS + "/{id}/compile", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"All but one concur\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPILED"));
	}

	@Test
	void aComponentsExecutiveSecretariatAssignsTheDepartmentWithoutItselfAndNamedAssigneesStayTheirOwn()
			throws Exception {
		RequestPostProcessor cbpExecSec = SignedIn.as("cbp-execsec", "CBP", OfficeRoles.EXEC_SEC);
		String id = JsonPath.read(mvc.perform(post(TASKERS).with(cbpExecSec).contentType(MediaType.APPLICATION_JSON)
				.content("{\"subject\":\"CBP asks the Department\",\"businessDays\":5}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");

		MvcResult assigned = mvc.perform(post(TASKERS + "/{id}/assign", id).with(cbpExecSec)
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"assignees":[{"component":"ICE"},{"department":true},
						 {"component":"PLCY","username":"plcy-expert"}]}"""))
			.andExpect(status().isOk())
			.andReturn();
		String json = assigned.getResponse().getContentAsString();
		List<String> departmentWide = JsonPath.read(json, "$.assignments[?(@.departmentWide == true)].component");
		List<String> named = JsonPath.read(json, "$.assignments[?(@.departmentWide == false)].component");
		assertThat(departmentWide).doesNotContain("CBP", "ICE", "ESEC", "OCIO").contains("PLCY", "FEMA", "USCIS")
			.hasSize(DEPARTMENT.size() - 2);
		assertThat(named).containsExactly("ICE", "PLCY");

		// Once assigned, the whole Department cannot be assigned again: nobody is left.
		mvc.perform(post(TASKERS + "/{id}/assign", id).with(cbpExecSec).contentType(MediaType.APPLICATION_JSON)
				.content("{\"assignees\":[{\"department\":true}]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("assignees"));
	}

	@Test
	void theWholeDepartmentStandsAloneAndIsNotAReassignmentTarget() throws Exception {
		mvc.perform(post(TASKERS).with(OfficeUsers.ESEC_CLERK.token()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"subject":"Bad","businessDays":5,"assignees":[{"department":true,"component":"ICE"},
						 {"department":false}]}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("assignees[0].department")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("assignees[1].department")));

		String id = JsonPath.read(mvc.perform(post(TASKERS).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"subject\":\"ICE only\",\"businessDays\":5,\"assignees\":[{\"component\":\"ICE\"}]}"))
			.andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(post(TASKERS + "/{id}/assignments/{a}/reassign", id, assignment(id, 0, "id"))
				.with(OfficeUsers.ESEC_CLERK.token()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"assignee\":{\"department\":true},\"reason\":\"Everyone\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("assignee[0].department"));
	}

	private static RequestPostProcessor officerOf(String component) {
		return SignedIn.as(component.toLowerCase(java.util.Locale.ROOT) + "-dw-action", component,
				OfficeRoles.ACTION_OFFICER);
	}

	private String assignment(String taskerId, int index, String property) throws Exception {
		return JsonPath.read(mvc.perform(get(TASKERS + "/{id}", taskerId).with(OfficeUsers.ESEC_CLERK.token()))
			.andReturn().getResponse().getContentAsString(), "$.assignments[" + index + "]." + property);
	}

	/** Answers assignment {@code index} as an action officer of its component, with its current version. */
	private org.springframework.test.web.servlet.ResultActions answer(String taskerId, int index, String body)
			throws Exception {
		String json = mvc.perform(get(TASKERS + "/{id}", taskerId).with(OfficeUsers.ESEC_CLERK.token()))
			.andReturn().getResponse().getContentAsString();
		String assignmentId = JsonPath.read(json, "$.assignments[" + index + "].id");
		String component = JsonPath.read(json, "$.assignments[" + index + "].component");
		int version = JsonPath.read(json, "$.assignments[" + index + "].version");
		return mvc.perform(post(TASKERS + "/{id}/assignments/{a}/answer", taskerId, assignmentId)
				.with(officerOf(component)).contentType(MediaType.APPLICATION_JSON)
				.content(body.substring(0, body.length() - 1) + ",\"version\":" + version + "}"));
	}
}
