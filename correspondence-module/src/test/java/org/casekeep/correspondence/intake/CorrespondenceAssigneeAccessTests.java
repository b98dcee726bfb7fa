package org.casekeep.correspondence.intake;

import com.jayway.jsonpath.JsonPath;
import org.casekeep.correspondence.OfficeUsers;
import org.casekeep.correspondence.office.OfficeRoles;
import org.casekeep.kernel.testing.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Need-to-know across the two halves of the module: a tasker gives its assignees (and their component's leadership)
 * sight of the correspondence it answers, and nobody else.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class CorrespondenceAssigneeAccessTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theAssignedComponentReadsTheLetterItAnswersAndOthersDoNot() throws Exception {
		MockMultipartFile letter = new MockMultipartFile("correspondence", "", MediaType.APPLICATION_JSON_VALUE, """
				{"channel":"POSTAL_MAIL","sourceType":"CONGRESS","subject":"Port wait times","body":"Please explain the delays.",
				 "firstName":"Lee","lastName":"Park","email":"lee.park@example.org"}""".getBytes());
		String correspondence = JsonPath.read(mvc.perform(multipart("/api/correspondence/intake").file(letter)
				.with(OfficeUsers.ESEC_CLERK.token())).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");

		mvc.perform(get("/api/correspondence/{id}", correspondence).with(OfficeUsers.ICE_ACTION.token()))
			.andExpect(status().isForbidden());

		mvc.perform(post("/api/correspondence/taskers").with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"correspondenceId":"%s","subject":"Answer the port letter","instructions":"Draft a reply",
						 "businessDays":5,"assignees":[{"component":"ICE"}]}""".formatted(correspondence)))
			.andExpect(status().isCreated());

		mvc.perform(get("/api/correspondence/{id}", correspondence).with(OfficeUsers.ICE_ACTION.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.subject").value("Port wait times"));
		mvc.perform(get("/api/correspondence/{id}", correspondence).with(OfficeUsers.CBP_ACTION.token()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/correspondence/{id}", correspondence).with(OfficeUsers.PSO_ANALYST.token()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anotherOfficeCannotOpenALetterToItselfByLinkingATaskerToIt() throws Exception {
		String correspondence = letter("Border grant", "Please explain the grant.");
		// CBP's Executive Secretariat may create taskers, but not on ESEC's letter: that would open it to CBP.
		mvc.perform(post("/api/correspondence/taskers").with(SignedIn.as("cbp-esec", "CBP", OfficeRoles.EXEC_SEC))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"correspondenceId":"%s","subject":"Take this over","businessDays":5,
						 "assignees":[{"component":"CBP"}]}""".formatted(correspondence)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/correspondence/{id}", correspondence).with(OfficeUsers.CBP_ACTION.token()))
			.andExpect(status().isForbidden());
	}

	@Test
	void nobodyIsAssignedALetterStillAwaitingItsSpiiReview() throws Exception {
		String correspondence = letter("Benefit question", "My SSN is 123-45-6789.");
		mvc.perform(get("/api/correspondence/{id}", correspondence).with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(jsonPath("$.status").value("SPII_REVIEW"));
		mvc.perform(post("/api/correspondence/taskers").with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"correspondenceId":"%s","subject":"Answer","businessDays":5,
						 "assignees":[{"component":"ICE"}]}""".formatted(correspondence)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("correspondenceId"));
		mvc.perform(get("/api/correspondence/{id}", correspondence).with(OfficeUsers.ICE_ACTION.token()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theLetterFollowsItsTaskerFromTaskedToRespondedToClosedAndItsRetentionStartsCounting() throws Exception {
		String correspondence = letter("Flood grant", "When will the grant be paid?");
		String tasker = JsonPath.read(mvc.perform(post("/api/correspondence/taskers")
				.with(OfficeUsers.ESEC_CLERK.token()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"correspondenceId":"%s","subject":"Answer the flood letter","businessDays":5,
						 "assignees":[{"component":"ICE"}]}""".formatted(correspondence)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		assertStatus(correspondence, "TASKED");

		String before = view(tasker);
		String assignment = JsonPath.read(before, "$.assignments[0].id");
		int assignmentVersion = JsonPath.read(before, "$.assignments[0].version");
		mvc.perform(post("/api/correspondence/taskers/{id}/assignments/{a}/answer", tasker, assignment)
				.with(OfficeUsers.ICE_ACTION.token()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"CONCUR\",\"version\":%d}".formatted(assignmentVersion)))
			.andExpect(status().isOk());
		step(tasker, "compile", "{\"text\":\"The grant is paid in March.\",\"version\":%d}");
		step(tasker, "clear", "{\"version\":%d}", OfficeUsers.ESEC_LEAD);
		step(tasker, "dispatch", "{\"version\":%d}");
		assertStatus(correspondence, "RESPONDED");
		step(tasker, "close", "{\"version\":%d}");
		String closed = assertStatus(correspondence, "CLOSED");
		org.assertj.core.api.Assertions.assertThat(JsonPath.<String>read(closed, "$.closedAt")).isNotNull();
		try (java.sql.Connection db = org.casekeep.kernel.testing.TestDatabase.superuser();
				java.sql.ResultSet rs = db.createStatement().executeQuery("""
						select destroy_after from kernel.retention_record
						where record_type = 'correspondence.correspondence' and record_id = '%s'""".formatted(correspondence))) {
			// N1-563-07-001: cut off at the end of the fiscal year of closure, destroyed ten years later.
			org.assertj.core.api.Assertions.assertThat(rs.next()).isTrue();
			java.time.Instant destroyAfter = rs.getTimestamp(1).toInstant();
			java.time.Instant closedAt = java.time.Instant.parse(JsonPath.read(closed, "$.closedAt"));
			java.time.ZonedDateTime closedUtc = closedAt.atZone(java.time.ZoneOffset.UTC);
			int fiscalYear = closedUtc.getMonthValue() >= 10 ? closedUtc.getYear() + 1 : closedUtc.getYear();
			org.assertj.core.api.Assertions.assertThat(destroyAfter)
				.isEqualTo(java.time.Instant.parse((fiscalYear + 10) + "-10-01T00:00:00Z"));
		}
	}

	private String letter(String subject, String body) throws Exception {
		MockMultipartFile letter = new MockMultipartFile("correspondence", "", MediaType.APPLICATION_JSON_VALUE, """
				{"channel":"POSTAL_MAIL","sourceType":"PUBLIC","subject":"%s","body":"%s","lastName":"Park"}"""
			.formatted(subject, body).getBytes());
		return JsonPath.read(mvc.perform(multipart("/api/correspondence/intake").file(letter)
				.with(OfficeUsers.ESEC_CLERK.token())).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
	}

	private String view(String tasker) throws Exception {
		return mvc.perform(get("/api/correspondence/taskers/{id}", tasker).with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private void step(String tasker, String action, String body) throws Exception {
		step(tasker, action, body, OfficeUsers.ESEC_CLERK);
	}

	private void step(String tasker, String action, String body, OfficeUsers user) throws Exception {
		int version = JsonPath.read(view(tasker), "$.version");
		mvc.perform(post("/api/correspondence/taskers/{id}/" + action, tasker).with(user.token())
				.contentType(MediaType.APPLICATION_JSON).content(body.formatted(version)))
			.andExpect(status().isOk());
	}

	private String assertStatus(String correspondence, String expected) throws Exception {
		return mvc.perform(get("/api/correspondence/{id}", correspondence).with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(expected))
			.andReturn().getResponse().getContentAsString();
	}
}
