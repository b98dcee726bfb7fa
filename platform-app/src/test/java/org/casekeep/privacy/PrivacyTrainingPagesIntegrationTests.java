package org.casekeep.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.casekeep.platform.web.RulesOfBehavior;
import org.casekeep.testing.Database;
import org.casekeep.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The privacy office records annual privacy training (OIDO PIA 8.2) on its page and in the API: the form's errors
 * next to the fields and nothing written, the list with the lapsing first, and nobody else may record or read it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PrivacyTrainingPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theChiefPrivacyOfficerRecordsTrainingOnThePageAndABadFormLosesNothing() throws Exception {
		String person = "trained-" + System.nanoTime();
		long before = trainingRecords();
		String refused = mvc.perform(page(post("/privacy/training"), DemoUsers.CPO).with(csrf())
				.param("username", person).param("component", "OIDO").param("course", "DHS Privacy Awareness")
				.param("completedOn", "2020-01-01"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("There is a problem").contains("no longer current")
			.contains("value=\"" + person + "\"");
		assertThat(trainingRecords()).isEqualTo(before);

		String today = LocalDate.now(ZoneId.of("America/New_York")).toString();
		mvc.perform(page(post("/privacy/training"), DemoUsers.CPO).with(csrf())
				.param("username", person).param("component", "OIDO").param("course", "DHS Privacy Awareness")
				.param("completedOn", today))
			.andExpect(status().isSeeOther());
		String list = mvc.perform(page(get("/privacy/training"), DemoUsers.CPO)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(list).contains(person).contains("Latest completions");
	}

	@Test
	void theApiRecordsNamingTheFieldAndRefusesOthers() throws Exception {
		mvc.perform(post("/api/privacy/training").with(DemoUsers.CPO.token()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"someone\",\"component\":\"OIDO\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("course")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("completedOn")));
		mvc.perform(post("/api/privacy/training").with(DemoUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"username":"esec-clerk","component":"ESEC","course":"Self","completedOn":"%s"}"""
					.formatted(LocalDate.now(ZoneId.of("America/New_York")))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/privacy/training").with(DemoUsers.ICE_LIAISON.token())).andExpect(status().isForbidden());
		mvc.perform(get("/api/privacy/training").with(DemoUsers.ICE_PRIVACY.token())).andExpect(status().isOk());
	}

	private static long trainingRecords() throws Exception {
		try (var db = Database.superuser(); var rs = db.createStatement().executeQuery(
				"select count(*) from kernel.privacy_training")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static MockHttpServletRequestBuilder page(MockHttpServletRequestBuilder request, DemoUsers user) {
		return request.with(user.token()).sessionAttr(RulesOfBehavior.SESSION_ATTRIBUTE, Instant.now());
	}
}
