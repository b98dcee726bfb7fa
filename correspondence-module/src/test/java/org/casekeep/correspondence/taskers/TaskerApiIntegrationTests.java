package org.casekeep.correspondence.taskers;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.casekeep.correspondence.OfficeUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The tasker API against the embedded PostgreSQL as the demo users: ESEC assigns to ICE and CBP, one concurs and one
 * does not, compile, clearance, dispatch and closure; item-level permissions both ways (FEMA ACT); bad input and
 * stale versions.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class TaskerApiIntegrationTests {

	static final String TASKERS = "/api/correspondence/taskers";

	@Autowired
	MockMvc mvc;

	@Test
	void esecAssignsToIceAndCbpWhoConcurAndNonConcurThenTheResponseIsCompiledClearedDispatchedAndClosed() throws Exception {
		String id = create(OfficeUsers.ESEC_CLERK, "ICE", "CBP");
		mvc.perform(get(TASKERS + "/{id}", id).with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ASSIGNED"))
			.andExpect(jsonPath("$.assigningComponent").value("ESEC"))
			.andExpect(jsonPath("$.assignments.length()").value(2))
			.andExpect(jsonPath("$.assignments[0].status").value("ACTIVE"))
			.andExpect(jsonPath("$.mayManage").value(true));

		answer(OfficeUsers.ICE_ACTION, id, 0, "{\"kind\":\"CONCUR\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignments[0].status").value("ANSWERED"))
			.andExpect(jsonPath("$.assignments[0].answeredBy").value("ice-action"));

		answer(OfficeUsers.CBP_ACTION, id, 1, "{\"kind\":\"NON_CONCUR\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("text"));

		mvc.perform(post(TASKERS + "/{id}/compile", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Too early\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("assignments"));

		// SPII does not enter the tasker's record: refused, naming the kind and never the value.
		answer(OfficeUsers.CBP_ACTION, id, 1, "{\"kind\":\"NON_CONCUR\",\"text\":\"Applicant SSN 123-45-6789 is wrong\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("text"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Social Security number")))
			.andExpect(content().string(not(containsString("6789"))));

		answer(OfficeUsers.CBP_ACTION, id, 1, "{\"kind\":\"NON_CONCUR\",\"text\":\"Conflicts with CBP port guidance\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignments[1].answerKind").value("NON_CONCUR"))
			.andExpect(jsonPath("$.assignments[1].answerText").value("Conflicts with CBP port guidance"));

		mvc.perform(post(TASKERS + "/{id}/compile", id).with(OfficeUsers.ICE_ACTION.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Not mine to compile\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post(TASKERS + "/{id}/compile", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\":\"ICE concurs. CBP non-concurs: port guidance differs.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPILED"));
		// Separation of duties: who compiled the response does not clear it.
		mvc.perform(post(TASKERS + "/{id}/clear", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("another person must clear it")));
		command(OfficeUsers.ESEC_LEAD, id, "clear").andExpect(jsonPath("$.status").value("CLEARED"))
			.andExpect(jsonPath("$.clearances[0].clearedBy").value("esec-lead"));
		command(OfficeUsers.ESEC_CLERK, id, "dispatch").andExpect(jsonPath("$.status").value("DISPATCHED"));
		command(OfficeUsers.ESEC_CLERK, id, "close")
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.closedAt").isNotEmpty());

		MvcResult history = mvc.perform(get(TASKERS + "/{id}/history", id).with(OfficeUsers.ICE_ACTION.token()))
			.andExpect(status().isOk())
			.andReturn();
		List<String> actions = JsonPath.read(history.getResponse().getContentAsString(), "$[*].action");
		assertThat(actions).containsExactly("CREATED", "ASSIGNED", "ASSIGNED", "STATUS", "ACTIVATED", "ACTIVATED",
				"ANSWERED_CONCUR", "ANSWERED_NON_CONCUR", "COMPILED", "CLEARED", "DISPATCHED", "CLOSED");
	}

	@Test
	void cbpActionCannotSeeAnIceOnlyTaskerInAnyWay() throws Exception {
		Map<String, Object> cbpBefore = dashboard(OfficeUsers.CBP_ACTION);
		Map<String, Object> iceBefore = dashboard(OfficeUsers.ICE_ACTION);
		String id = create(OfficeUsers.ESEC_CLERK, "ICE");

		mvc.perform(get(TASKERS + "/{id}", id).with(OfficeUsers.CBP_ACTION.token()))
			.andExpect(status().isNotFound());
		mvc.perform(get(TASKERS + "/{id}/history", id).with(OfficeUsers.CBP_ACTION.token()))
			.andExpect(status().isNotFound());
		answer(OfficeUsers.CBP_ACTION, id, 0, "{\"kind\":\"CONCUR\",\"version\":0}").andExpect(status().isNotFound());
		mvc.perform(get(TASKERS).with(OfficeUsers.CBP_ACTION.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", not(hasItem(id))));
		assertThat(dashboard(OfficeUsers.CBP_ACTION)).isEqualTo(cbpBefore);

		mvc.perform(get(TASKERS + "/{id}", id).with(OfficeUsers.ICE_ACTION.token())).andExpect(status().isOk());
		mvc.perform(get(TASKERS).with(OfficeUsers.ICE_ACTION.token()))
			.andExpect(jsonPath("$[*].id", hasItem(id)));
		assertThat(total(dashboard(OfficeUsers.ICE_ACTION))).isEqualTo(total(iceBefore) + 1);
	}

	@Test
	void iceActionCannotSeeACbpOnlyTaskerInAnyWay() throws Exception {
		Map<String, Object> iceBefore = dashboard(OfficeUsers.ICE_ACTION);
		String id = create(OfficeUsers.ESEC_CLERK, "CBP");

		mvc.perform(get(TASKERS + "/{id}", id).with(OfficeUsers.ICE_ACTION.token()))
			.andExpect(status().isNotFound());
		mvc.perform(get(TASKERS).param("filter", "DUE_THIS_WEEK").with(OfficeUsers.ICE_ACTION.token()))
			.andExpect(jsonPath("$[*].id", not(hasItem(id))));
		mvc.perform(get(TASKERS).with(OfficeUsers.ICE_ACTION.token()))
			.andExpect(jsonPath("$[*].id", not(hasItem(id))));
		assertThat(dashboard(OfficeUsers.ICE_ACTION)).isEqualTo(iceBefore);

		mvc.perform(get(TASKERS + "/{id}", id).with(OfficeUsers.CBP_ACTION.token())).andExpect(status().isOk());
		mvc.perform(get(TASKERS).param("status", "ASSIGNED").with(OfficeUsers.CBP_ACTION.token()))
			.andExpect(jsonPath("$[*].id", hasItem(id)));
	}

	@Test
	void anAnswerToAStaleVersionOfTheSameAssignmentIsAConflictWithAClearMessage() throws Exception {
		String id = create(OfficeUsers.ESEC_CLERK, "ICE");
		mvc.perform(post(TASKERS + "/{id}/assignments/{a}/answer", id, assignmentId(id, 0))
				.with(OfficeUsers.ICE_ACTION.token()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"COMMENTS\",\"text\":\"First\",\"version\":0}"))
			.andExpect(status().isOk());
		mvc.perform(post(TASKERS + "/{id}/assignments/{a}/answer", id, assignmentId(id, 0))
				.with(OfficeUsers.ICE_ACTION.token()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"COMMENTS\",\"text\":\"Second\",\"version\":0}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("changed this record")));
	}

	@Test
	void onlyTheAssigneeOfAnAssignmentAnswersIt() throws Exception {
		String id = create(OfficeUsers.ESEC_CLERK, "ICE", "CBP");
		answer(OfficeUsers.ICE_ACTION, id, 1, "{\"kind\":\"CONCUR\"}").andExpect(status().isForbidden());
		answer(OfficeUsers.ESEC_CLERK, id, 0, "{\"kind\":\"CONCUR\"}").andExpect(status().isForbidden());
	}

	@Test
	void aTaskerWithoutSubjectOrWithTooManyBusinessDaysIsRefusedNamingTheFields() throws Exception {
		mvc.perform(post(TASKERS).with(OfficeUsers.ESEC_CLERK.token()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"subject\":\" \",\"businessDays\":61,\"assignees\":[{\"component\":\"nope!\"}]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("subject")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("businessDays")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("assignees[0].component")));
		mvc.perform(post(TASKERS).with(OfficeUsers.ICE_ACTION.token()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"subject\":\"Not an exec sec\",\"businessDays\":3}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAssigneeAsksForMoreTimeAndTheAssigningOfficeApproves() throws Exception {
		String id = create(OfficeUsers.ESEC_CLERK, "ICE");
		String assignment = assignmentId(id, 0);
		mvc.perform(post(TASKERS + "/{id}/assignments/{a}/extension", id, assignment).with(OfficeUsers.ICE_ACTION.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"dueDate\":\"2099-01-05\",\"reason\":\"Field data\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignments[0].extensionStatus").value("REQUESTED"));
		mvc.perform(post(TASKERS + "/{id}/assignments/{a}/extension/decision", id, assignment)
				.with(OfficeUsers.ESEC_CLERK.token()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"approve\":true}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignments[0].extensionStatus").value("APPROVED"))
			.andExpect(jsonPath("$.assignments[0].dueAt").value(org.hamcrest.Matchers.startsWith("2099-01-06T04:59:59")))
			.andExpect(jsonPath("$.dueAt").value(org.hamcrest.Matchers.startsWith("2099-01-06T04:59:59")));
	}

	@Test
	void theAssigningOfficeReassignsAnOpenAssignmentAndTheOldAssigneeLosesSight() throws Exception {
		String id = create(OfficeUsers.ESEC_CLERK, "ICE");
		Map<String, Object> iceBefore = dashboard(OfficeUsers.ICE_ACTION);
		Map<String, Object> cbpBefore = dashboard(OfficeUsers.CBP_ACTION);
		mvc.perform(post(TASKERS + "/{id}/assignments/{a}/reassign", id, assignmentId(id, 0))
				.with(OfficeUsers.ESEC_CLERK.token()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"assignee\":{\"component\":\"CBP\"}}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post(TASKERS + "/{id}/assignments/{a}/reassign", id, assignmentId(id, 0))
				.with(OfficeUsers.ESEC_CLERK.token()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"assignee\":{\"component\":\"CBP\"},\"reason\":\"Ports are CBP's\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignments[0].status").value("REASSIGNED"))
			.andExpect(jsonPath("$.assignments[1].component").value("CBP"))
			.andExpect(jsonPath("$.assignments[1].status").value("ACTIVE"));
		mvc.perform(get(TASKERS + "/{id}", id).with(OfficeUsers.ICE_ACTION.token())).andExpect(status().isNotFound());
		mvc.perform(get(TASKERS + "/{id}", id).with(OfficeUsers.CBP_ACTION.token())).andExpect(status().isOk());
		// Lists and counts follow too: the visibility the database keeps on the tasker moved with the assignment.
		mvc.perform(get(TASKERS).with(OfficeUsers.ICE_ACTION.token()))
			.andExpect(jsonPath("$[*].id", not(hasItem(id))));
		mvc.perform(get(TASKERS).with(OfficeUsers.CBP_ACTION.token()))
			.andExpect(jsonPath("$[*].id", hasItem(id)));
		assertThat(total(dashboard(OfficeUsers.ICE_ACTION))).isEqualTo(total(iceBefore) - 1);
		assertThat(total(dashboard(OfficeUsers.CBP_ACTION))).isEqualTo(total(cbpBefore) + 1);
		assertThat(countFor(dashboard(OfficeUsers.CBP_ACTION), "CBP")).isEqualTo(countFor(cbpBefore, "CBP") + 1);
	}

	@Test
	void routingTemplatesAreDefinedReusedChangedWithTheirVersionAndDeleted() throws Exception {
		String name = "ICE then CBP " + System.nanoTime();
		MvcResult created = mvc.perform(post("/api/correspondence/routing-templates").with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"name":"%s","steps":[{"mode":"SEQUENTIAL","assignees":[{"component":"ICE"}]},
						 {"mode":"SEQUENTIAL","assignees":[{"component":"CBP"}]}]}""".formatted(name)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.steps.length()").value(2))
			.andReturn();
		String templateId = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		int version = JsonPath.read(created.getResponse().getContentAsString(), "$.version");

		MvcResult tasker = mvc.perform(post(TASKERS).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"subject\":\"Templated\",\"businessDays\":5,\"templateId\":\"%s\"}".formatted(templateId)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.assignments[0].status").value("ACTIVE"))
			.andExpect(jsonPath("$.assignments[1].status").value("WAITING"))
			.andReturn();
		String taskerId = JsonPath.read(tasker.getResponse().getContentAsString(), "$.id");
		answer(OfficeUsers.CBP_ACTION, taskerId, 1, "{\"kind\":\"CONCUR\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("assignmentId"));

		mvc.perform(put("/api/correspondence/routing-templates/{id}", templateId).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"%s\",\"steps\":[{\"assignees\":[{\"component\":\"ICE\"}]}],\"version\":99}".formatted(name)))
			.andExpect(status().isConflict());
		mvc.perform(put("/api/correspondence/routing-templates/{id}", templateId).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"%s\",\"steps\":[],\"version\":%d}".formatted(name, version)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("steps"));
		mvc.perform(put("/api/correspondence/routing-templates/{id}", templateId).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"name":"%s","steps":[{"mode":"PARALLEL","assignees":[{"component":"ICE"},
						 {"component":"PLCY","username":"plcy-expert"}]}],"version":%d}""".formatted(name, version)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.steps.length()").value(1))
			.andExpect(jsonPath("$.steps[0].assignees[1].username").value("plcy-expert"));
		mvc.perform(post("/api/correspondence/routing-templates").with(OfficeUsers.CBP_ACTION.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\",\"steps\":[]}"))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/correspondence/routing-templates/{id}", templateId).with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/correspondence/routing-templates/{id}", templateId).with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(status().isNotFound());
	}

	private String create(OfficeUsers user, String... components) throws Exception {
		StringBuilder assignees = new StringBuilder();
		for (String component : components) {
			assignees.append(assignees.isEmpty() ? "" : ",").append("{\"component\":\"").append(component).append("\"}");
		}
		MvcResult created = mvc.perform(post(TASKERS).with(user.token()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"subject":"Constituent asks about port wait times","instructions":"Please review",
						 "businessDays":3,"assignees":[%s]}""".formatted(assignees)))
			.andExpect(status().isCreated())
			.andReturn();
		return JsonPath.read(created.getResponse().getContentAsString(), "$.id");
	}

	private String assignmentId(String taskerId, int index) throws Exception {
		MvcResult tasker = mvc.perform(get(TASKERS + "/{id}", taskerId).with(OfficeUsers.ESEC_CLERK.token())).andReturn();
		return JsonPath.read(tasker.getResponse().getContentAsString(), "$.assignments[" + index + "].id");
	}

	/** Answers with the assignment's current version unless the body gives one. */
	private ResultActions answer(OfficeUsers user, String taskerId, int index, String body) throws Exception {
		MvcResult tasker = mvc.perform(get(TASKERS + "/{id}", taskerId).with(OfficeUsers.ESEC_CLERK.token())).andReturn();
		String json = tasker.getResponse().getContentAsString();
		String assignmentId;
		int version;
		try {
			assignmentId = JsonPath.read(json, "$.assignments[" + index + "].id");
			version = JsonPath.read(json, "$.assignments[" + index + "].version");
		}
		catch (com.jayway.jsonpath.PathNotFoundException ex) {
			assignmentId = java.util.UUID.randomUUID().toString();
			version = 0;
		}
		String withVersion = body.contains("\"version\"") ? body
				: body.substring(0, body.length() - 1) + ",\"version\":" + version + "}";
		return mvc.perform(post(TASKERS + "/{id}/assignments/{a}/answer", taskerId, assignmentId).with(user.token())
				.contentType(MediaType.APPLICATION_JSON).content(withVersion));
	}

	private ResultActions command(OfficeUsers user, String id, String action) throws Exception {
		return mvc.perform(post(TASKERS + "/{id}/" + action, id).with(user.token())
				.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isOk());
	}

	private Map<String, Object> dashboard(OfficeUsers user) throws Exception {
		MvcResult result = mvc.perform(get(TASKERS + "/dashboard").with(user.token()))
			.andExpect(status().isOk())
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$");
	}

	private static long countFor(Map<String, Object> dashboard, String component) {
		Object count = ((Map<?, ?>) dashboard.get("byComponent")).get(component);
		return count == null ? 0 : ((Number) count).longValue();
	}

	private static long total(Map<String, Object> dashboard) {
		return ((Number) dashboard.get("total")).longValue();
	}
}
