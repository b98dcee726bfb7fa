package org.casekeep.crm;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The overview's coordination (CRM PIA: "PSO will coordinate with ICE's existing relationships"): on a stakeholder,
 * a user of any component sees which components keep a record of the same person, who owns each, and which
 * components have been in contact and when, and nothing of the person's contact details.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class CoordinationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void psoSeesThatIceAlreadyHoldsTheRelationshipAndWhoOwnsIt() throws Exception {
		String email = "coordination-" + UUID.randomUUID() + "@example.org";
		String ice = individual(CrmUsers.ICE_LIAISON, email);
		String pso = individual(CrmUsers.PSO_OWNER, email.toUpperCase(java.util.Locale.ROOT));
		interaction(CrmUsers.ICE_LIAISON, ice, "2026-03-02");
		interaction(CrmUsers.ICE_LIAISON, ice, "2026-04-15");
		interaction(CrmUsers.PSO_ANALYST, pso, "2026-05-01");

		mvc.perform(get("/api/crm/individuals/{id}/coordination", pso).with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.holders[*].owningComponent").value(contains("PSO", "ICE")))
			.andExpect(jsonPath("$.holders[*].ownerUsername").value(contains("pso-owner", "ice-liaison")))
			.andExpect(jsonPath("$.holders[*].thisRecord").value(contains(true, false)))
			.andExpect(jsonPath("$.holders[1].individualId").value(ice))
			.andExpect(jsonPath("$.contacts[*].component").value(contains("PSO", "ICE")))
			.andExpect(jsonPath("$.contacts[*].interactions").value(contains(1, 2)))
			.andExpect(jsonPath("$.contacts[1].lastContact").value("2026-04-15T00:00:00Z"));

		String page = mvc.perform(get("/crm/individuals/{id}", pso).with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String section = page.substring(page.indexOf("id=\"coordination\""), page.indexOf("</section>",
				page.indexOf("id=\"coordination\"")));
		assertThat(section).contains("Who holds the relationship")
			.contains("<strong>PSO, ICE</strong> keep records of this person")
			.contains("href=\"/crm/individuals/" + ice + "\"")
			.contains("ICE&#39;s record (same e-mail address)")
			.contains("ice-liaison")
			.as("the section names no contact detail").doesNotContain("@example.org");
	}

	@Test
	void aPersonOnlyOneComponentKnowsHasOneHolderAndNoContactYet() throws Exception {
		String id = individual(CrmUsers.ICE_LIAISON, null);
		mvc.perform(get("/api/crm/individuals/{id}/coordination", id).with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.holders.length()").value(1))
			.andExpect(jsonPath("$.holders[0].owningComponent").value("ICE"))
			.andExpect(jsonPath("$.contacts.length()").value(0));
		mvc.perform(get("/api/crm/individuals/{id}/coordination", id).with(CrmUsers.ESEC_CLERK.token()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/crm/individuals/{id}/coordination", UUID.randomUUID()).with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isNotFound());
	}

	private String individual(CrmUsers user, String email) throws Exception {
		String body = mvc.perform(post("/api/crm/individuals").with(user.token()).contentType(MediaType.APPLICATION_JSON)
				.content(email == null ? "{\"firstName\":\"Ana\",\"lastName\":\"Coordinated\"}"
						: "{\"firstName\":\"Ana\",\"lastName\":\"Coordinated\",\"email\":\"" + email + "\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private void interaction(CrmUsers user, String individual, String day) throws Exception {
		mvc.perform(post("/api/crm/individuals/{id}/interactions", individual).with(user.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"mode\":\"MEETING\",\"occurredAt\":\"" + day + "\"}"))
			.andExpect(status().isCreated());
	}
}
