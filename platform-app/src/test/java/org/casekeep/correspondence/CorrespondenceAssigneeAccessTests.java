package org.casekeep.correspondence;

import org.casekeep.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Need-to-know across the two halves of the module: a tasker gives its assignees (and their component's leadership)
 * sight of the correspondence it answers, and nobody else.
 */
@SpringBootTest
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
				.with(DemoUsers.ESEC_CLERK.token())).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");

		mvc.perform(get("/api/correspondence/{id}", correspondence).with(DemoUsers.ICE_ACTION.token()))
			.andExpect(status().isForbidden());

		mvc.perform(post("/api/correspondence/taskers").with(DemoUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"correspondenceId":"%s","subject":"Answer the port letter","instructions":"Draft a reply",
						 "businessDays":5,"assignees":[{"component":"ICE"}]}""".formatted(correspondence)))
			.andExpect(status().isCreated());

		mvc.perform(get("/api/correspondence/{id}", correspondence).with(DemoUsers.ICE_ACTION.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.subject").value("Port wait times"));
		mvc.perform(get("/api/correspondence/{id}", correspondence).with(DemoUsers.CBP_ACTION.token()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/correspondence/{id}", correspondence).with(DemoUsers.PSO_ANALYST.token()))
			.andExpect(status().isForbidden());
	}
}
