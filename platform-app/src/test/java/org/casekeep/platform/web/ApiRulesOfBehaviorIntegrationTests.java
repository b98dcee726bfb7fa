package org.casekeep.platform.web;

import java.sql.Connection;
import java.sql.ResultSet;

import org.casekeep.testing.Database;
import org.casekeep.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** API sessions are held to the rules of behavior of CRM PIA 2.4 as web sessions are. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiRulesOfBehaviorIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aSessionThatHasNotAffirmedIsRefusedEveryRequestButTheRulesThemselves() throws Exception {
		var unaffirmed = DemoUsers.PSO_ANALYST.unaffirmedToken();
		mvc.perform(get("/api/crm/individuals").with(unaffirmed))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("Rules of behavior not affirmed"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("POST /api/rules-of-behavior")));
		mvc.perform(get("/api/rules-of-behavior").with(unaffirmed))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.statements[*].name").value(org.hamcrest.Matchers.contains("outreachOnly",
					"penalties", "agencyCompliance")));
		mvc.perform(post("/api/rules-of-behavior").with(unaffirmed).contentType(MediaType.APPLICATION_JSON)
				.content("{\"outreachOnly\": true, \"penalties\": \"yes\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("penalties", "agencyCompliance")));
		mvc.perform(get("/api/crm/individuals").with(unaffirmed)).andExpect(status().isForbidden());
	}

	@Test
	void affirmingOpensTheSessionAndIsAudited() throws Exception {
		var session = DemoUsers.PSO_OWNER.unaffirmedToken();
		long before = acknowledgements("pso-owner");
		mvc.perform(post("/api/rules-of-behavior").with(session).contentType(MediaType.APPLICATION_JSON)
				.content("{\"outreachOnly\": true, \"penalties\": true, \"agencyCompliance\": true}"))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/crm/individuals").with(session)).andExpect(status().isOk());
		assertThat(acknowledgements("pso-owner")).isEqualTo(before + 1);
	}

	private static long acknowledgements(String username) throws Exception {
		try (Connection db = Database.superuser(); ResultSet rs = db.createStatement().executeQuery(
				"select count(*) from kernel.audit_entry where action = 'ACKNOWLEDGEMENT' and actor = '" + username
						+ "' and details like '%API session%'")) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
