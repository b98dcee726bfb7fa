package org.casekeep.correspondence.taskers;

import com.jayway.jsonpath.JsonPath;
import org.casekeep.correspondence.OfficeUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casekeep.kernel.testing.PageTesting.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The tasker pages: create, "My taskers" with badges, the answer form, and nothing for those who may not see. */
@ApplicationModuleTest
@AutoConfigureMockMvc
class TaskerPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void esecCreatesATaskerOnThePageAndIceAnswersItOnItsPage() throws Exception {
		String subject = "Page tasker " + System.nanoTime();
		String location = mvc.perform(post("/correspondence/taskers").with(OfficeUsers.ESEC_CLERK.token()).with(csrf())
				.param("subject", subject)
				.param("businessDays", "3")
				.param("assignees", "ICE, CBP"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/correspondence/taskers/*"))
			.andReturn().getResponse().getRedirectedUrl();
		String id = location.substring(location.lastIndexOf('/') + 1);

		// Farthest due first: the new tasker is on the first page, whatever older ones the suite left.
		String list = html(mvc, get("/correspondence/taskers").param("sort", "due,desc").param("size", "100")
			.with(OfficeUsers.ICE_ACTION.token()), 200);
		assertThat(list).contains("<h1>My taskers</h1>").contains(subject).contains("ICE, CBP")
			.doesNotContain("New tasker");
		assertThat(html(mvc, get("/correspondence/taskers").with(OfficeUsers.ESEC_CLERK.token()), 200)).contains("New tasker");

		String detail = html(mvc, get("/correspondence/taskers/{id}", id).with(OfficeUsers.ICE_ACTION.token()), 200);
		assertThat(detail).contains(subject).contains("Your answer").contains("Send answer")
			.doesNotContain("Actions of the assigning office");
		String assignment = JsonPath.read(mvc.perform(get("/api/correspondence/taskers/{id}", id)
				.with(OfficeUsers.ICE_ACTION.token())).andReturn().getResponse().getContentAsString(),
				"$.assignments[0].id");

		mvc.perform(post("/correspondence/taskers/{id}/assignments/{a}/answer", id, assignment)
				.with(OfficeUsers.ICE_ACTION.token()).with(csrf()).param("kind", "NON_CONCUR").param("version", "0"))
			.andExpect(redirectedUrl("/correspondence/taskers/" + id + "#assignments"))
			.andExpect(flash().attributeExists("answerErrors"));
		mvc.perform(post("/correspondence/taskers/{id}/assignments/{a}/answer", id, assignment)
				.with(OfficeUsers.ICE_ACTION.token()).with(csrf()).param("kind", "CONCUR").param("version", "0"))
			.andExpect(flash().attribute("notice", "Your answer was recorded."));

		String office = html(mvc, get("/correspondence/taskers/{id}", id).with(OfficeUsers.ESEC_CLERK.token()), 200);
		assertThat(office).contains("Actions of the assigning office").contains("Answered: Concur").doesNotContain("ANSWERED_CONCUR");
	}

	@Test
	void aTaskerPageOfAnotherComponentIsNotFoundAndTheNewFormNamesBadFields() throws Exception {
		String body = mvc.perform(post("/api/correspondence/taskers").with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"subject\":\"CBP only page\",\"businessDays\":3,\"assignees\":[{\"component\":\"CBP\"}]}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		mvc.perform(get("/correspondence/taskers/{id}", id).with(OfficeUsers.ICE_ACTION.token()))
			.andExpect(status().isNotFound());
		assertThat(html(mvc, get("/correspondence/taskers").with(OfficeUsers.ICE_ACTION.token()), 200)).doesNotContain(id);

		String form = html(mvc, post("/correspondence/taskers").with(OfficeUsers.ESEC_CLERK.token()).with(csrf())
				.param("subject", "").param("businessDays", "ten").param("assignees", "ICE"), 422);
		assertThat(form).contains("There is a problem").contains("id=\"businessDays-error\"");
		String form2 = html(mvc, post("/correspondence/taskers").with(OfficeUsers.ESEC_CLERK.token()).with(csrf())
				.param("subject", "").param("businessDays", "99").param("assignees", "ICE"), 422);
		assertThat(form2).contains("id=\"subject-error\"").contains("id=\"businessDays-error\"");
	}
}
