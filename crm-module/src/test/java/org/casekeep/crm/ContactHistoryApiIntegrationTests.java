package org.casekeep.crm;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.casekeep.kernel.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Contact history of CRM individuals (CRM PIA 1.1) over the API and on the detail page, against the embedded
 * PostgreSQL, as the demo users.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class ContactHistoryApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	/** An individual owned by ice-liaison (ICE). */
	String id;

	@BeforeEach
	void iceLiaisonRecordsAStakeholder() throws Exception {
		String body = mvc.perform(post("/api/crm/individuals").with(CrmUsers.ICE_LIAISON.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"firstName":"Lena","lastName":"Contactson","email":"lena@example.org","issues":["ONE_DHS"]}"""))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		id = JsonPath.read(body, "$.id");
	}

	@Test
	void aCrmUserOfAnotherComponentRecordsAnInteractionAsThemselvesAndItBecomesTheLastContact() throws Exception {
		Instant when = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		record(CrmUsers.PSO_ANALYST, """
				{"mode":"phone","occurredAt":"%s","outcome":"Promised to send the agenda"}""".formatted(when))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/crm/individuals/" + id + "/interactions/")))
			.andExpect(jsonPath("$.mode").value("PHONE"))
			.andExpect(jsonPath("$.dhsComponent").value("PSO"))
			.andExpect(jsonPath("$.dhsUsername").value("pso-analyst"))
			.andExpect(jsonPath("$.outcome").value("Promised to send the agenda"));
		mvc.perform(get("/api/crm/individuals/{id}", id).with(CrmUsers.ICE_LIAISON.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lastContactedAt").value(when.toString()));
		try (Connection db = TestDatabase.superuser(); ResultSet rs = db.createStatement().executeQuery("""
				select actor, record_component, fields, details from kernel.audit_entry
				where record_type = 'crm.interaction' and action = 'CREATE' and details = 'individual %s'""".formatted(id))) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString("actor")).isEqualTo("pso-analyst");
			assertThat(rs.getString("record_component")).isEqualTo("ICE");
			assertThat(rs.getString("fields")).contains("outcome").doesNotContain("agenda");
		}
	}

	@Test
	void badInputIsRefusedWith422NamingModeAndDateAndNothingIsWritten() throws Exception {
		long before = count();
		record(CrmUsers.PSO_ANALYST, """
				{"mode":"CARRIER_PIGEON","occurredAt":"last Tuesday","outcome":"x"}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("mode", "occurredAt")));
		record(CrmUsers.PSO_ANALYST, """
				{"mode":"CORRESPONDENCE","occurredAt":"%s"}""".formatted(Instant.now().plus(2, ChronoUnit.DAYS)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("mode", "occurredAt")));
		record(CrmUsers.PSO_ANALYST, "{}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("mode", "occurredAt")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void theHistoryListsNewestFirst() throws Exception {
		record(CrmUsers.ICE_LIAISON, """
				{"mode":"MEETING","occurredAt":"2026-03-02","outcome":"older"}""").andExpect(status().isCreated());
		record(CrmUsers.PSO_OWNER, """
				{"mode":"EMAIL","occurredAt":"2026-06-15T09:30:00-04:00","outcome":"newer"}""").andExpect(status().isCreated());
		mvc.perform(get("/api/crm/individuals/{id}/interactions", id).with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].outcome").value("newer"))
			.andExpect(jsonPath("$[0].occurredAt").value("2026-06-15T13:30:00Z"))
			.andExpect(jsonPath("$[1].outcome").value("older"))
			.andExpect(jsonPath("$[1].occurredAt").value("2026-03-02T00:00:00Z"));
	}

	@Test
	void listingAuditsTheReadOfTheOutcome() throws Exception {
		String created = record(CrmUsers.ICE_LIAISON, """
				{"mode":"EVENT","occurredAt":"2026-05-01","outcome":"Asked for a briefing"}""")
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String interactionId = JsonPath.read(created, "$.id");
		mvc.perform(get("/api/crm/individuals/{id}/interactions", id).with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isOk());
		try (Connection db = TestDatabase.superuser(); ResultSet rs = db.createStatement().executeQuery("""
				select actor, fields, purpose from kernel.audit_entry
				where record_type = 'crm.interaction' and record_id = '%s' and action = 'READ'
				order by id desc limit 1""".formatted(interactionId))) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString("actor")).isEqualTo("pso-analyst");
			assertThat(rs.getString("fields")).isEqualTo("outcome");
			assertThat(rs.getString("purpose")).isEqualTo("DHS outreach");
		}
	}

	@Test
	void usersWithoutACrmRoleAreRefused() throws Exception {
		record(CrmUsers.ESEC_CLERK, """
				{"mode":"PHONE","occurredAt":"2026-05-01"}""")
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/crm/individuals/{id}/interactions", id).with(CrmUsers.ESEC_CLERK.token()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theDetailPageShowsTheHistoryAndItsFormRecordsOrExplainsWhatIsWrong() throws Exception {
		mvc.perform(post("/crm/individuals/{id}/interactions", id).with(csrf()).with(CrmUsers.PSO_ANALYST.token())
				.param("mode", "").param("occurredAt", "2026-05-01").param("outcome", "kept"))
			.andExpect(redirectedUrl("/crm/individuals/" + id + "#contact-history"))
			.andExpect(flash().attributeExists("interactionErrors"));
		mvc.perform(post("/crm/individuals/{id}/interactions", id).with(csrf()).with(CrmUsers.PSO_ANALYST.token())
				.param("mode", "MEETING").param("occurredAt", "2026-05-01").param("outcome", "Will follow up in June"))
			.andExpect(redirectedUrl("/crm/individuals/" + id + "#contact-history"))
			.andExpect(flash().attribute("notice", "Interaction recorded."));
		String html = mvc.perform(get("/crm/individuals/{id}", id).with(CrmUsers.ICE_LIAISON.token()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Contact history").contains("Last contacted").contains("May 1, 2026")
			.contains("Meeting").contains("pso-analyst").contains("Will follow up in June")
			.contains("action=\"/crm/individuals/" + id + "/interactions\"");
	}

	private ResultActions record(CrmUsers user, String json) throws Exception {
		return mvc.perform(post("/api/crm/individuals/{id}/interactions", id).with(user.token())
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private long count() throws Exception {
		try (Connection db = TestDatabase.superuser(); ResultSet rs = db.createStatement()
			.executeQuery("select count(*) from crm.interaction where individual_id = '" + id + "'")) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
