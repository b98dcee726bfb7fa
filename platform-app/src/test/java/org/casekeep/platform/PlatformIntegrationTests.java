package org.casekeep.platform;

import org.casekeep.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the platform promises every client: deny by default, an OpenAPI description, problem documents. */
@SpringBootTest
@AutoConfigureMockMvc
class PlatformIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void pagesSendAnonymousVisitorsToTheKeycloakLogin() throws Exception {
		mvc.perform(get("/crm/individuals"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/oauth2/authorization/keycloak")));
	}

	@Test
	void theApiAnswersAnonymousCallersWith401ProblemDocuments() throws Exception {
		mvc.perform(get("/api/privacy/data-inventory"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void theOpenApiDescriptionListsTheCrmAndPrivacyApis() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/crm/individuals']").exists())
			.andExpect(jsonPath("$.paths['/api/crm/individuals/{id}'].delete").exists())
			.andExpect(jsonPath("$.paths['/api/privacy/audit/verification']").exists());
	}

	@Test
	void anUnknownRecordIsA404ProblemNotAServerError() throws Exception {
		mvc.perform(get("/api/crm/individuals/{id}", java.util.UUID.randomUUID()).with(DemoUsers.PSO_ANALYST.token()))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", containsString(MediaType.APPLICATION_PROBLEM_JSON_VALUE)));
		mvc.perform(get("/api/crm/individuals/{id}", "not-a-uuid").with(DemoUsers.PSO_ANALYST.token()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("id")));
	}

	@Test
	void responsesCarryAContentSecurityPolicyThatForbidsFramingAndForeignScripts() throws Exception {
		mvc.perform(get("/css/casekeep.css"))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
	}
}
