package org.casekeep.platform;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.casekeep.platform.web.RulesOfBehavior;
import org.casekeep.testing.Database;
import org.casekeep.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the CRM records from a letter says no more than the letter's office may: a letter is seen only by its office
 * (correspondence PIA 3.3, 8.3), contact history by every CRM user, so the interaction says that correspondence was
 * received, by which component and on which day (CRM PIA 1.1), and nothing that names the letter.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CorrespondenceContactHistoryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aCrmUserSeesThatCorrespondenceWasReceivedButNothingThatNamesTheLetterTheyMayNotSee() throws Exception {
		String email = "wrote.in." + System.nanoTime() + "@example.org";
		String individual = JsonPath.read(mvc.perform(post("/api/crm/individuals").with(DemoUsers.PSO_OWNER.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"firstName\":\"Wren\",\"lastName\":\"Writer\",\"email\":\"" + email + "\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		String receipt = mvc.perform(multipart("/api/correspondence/intake").param("channel", "EMAIL")
				.param("sourceType", "PUBLIC").param("subject", "A question about grants").param("email", email)
				.with(DemoUsers.ESEC_CLERK.token()))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String letter = JsonPath.read(receipt, "$.id");
		String reference = JsonPath.read(receipt, "$.referenceNumber");
		String receivedOn = LocalDate.ofInstant(Instant.parse(JsonPath.read(receipt, "$.receivedAt")), ZoneOffset.UTC)
			+ "T00:00:00Z";
		await().atMost(Duration.ofSeconds(15)).until(() -> interactions(individual) == 1);

		// The letter is the Executive Secretariat's: the CRM user cannot open it.
		mvc.perform(get("/api/correspondence/{id}", letter).with(DemoUsers.PSO_ANALYST.token()))
			.andExpect(status().is4xxClientError());
		String api = mvc.perform(get("/api/crm/individuals/{id}/interactions", individual)
				.with(DemoUsers.PSO_ANALYST.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].mode").value("CORRESPONDENCE"))
			.andExpect(jsonPath("$[0].dhsComponent").value("ESEC"))
			.andExpect(jsonPath("$[0].occurredAt").value(receivedOn))
			.andExpect(jsonPath("$[0].outcome").value(nullValue()))
			.andExpect(jsonPath("$[0].sourceReference").value(nullValue()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(api).doesNotContain(reference).doesNotContain(letter).doesNotContain("EMAIL");
		String page = mvc.perform(get("/crm/individuals/{id}", individual).with(DemoUsers.PSO_ANALYST.token())
				.sessionAttr(RulesOfBehavior.SESSION_ATTRIBUTE, Instant.now()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Correspondence received").doesNotContain(reference).doesNotContain(letter)
			.doesNotContain("received by").doesNotContain(email);
	}

	private static long interactions(String individual) throws Exception {
		try (Connection db = Database.superuser(); ResultSet rs = db.createStatement().executeQuery(
				"select count(*) from crm.interaction where individual_id = '" + individual + "'")) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
