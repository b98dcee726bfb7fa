package org.casekeep.platform.security;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.crm.administration.AccessApprovals;
import org.casekeep.kernel.access.Actor;
import org.casekeep.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * CRM PIA 8.1 with the roles from Keycloak: a token that carries {@code crm_user} is the precondition, the approval of
 * the user's office administrator the gate. Tokens go through the application's own Keycloak converter.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CrmAccessApprovalIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccessApprovals approvals;

	@Test
	void aKeycloakUserWithTheCrmRoleSeesNothingUntilTheirOfficeAdministratorApprovesThem() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		// TSA: a component the other tests of this context do not review the audit trail of.
		String recruit = "tsa-recruit-" + suffix;
		String chief = "tsa-chief-" + suffix;
		approvals.preApprove(List.of(new Actor(chief, "TSA", Set.of("crm_user", "crm_admin"))));

		mvc.perform(get("/api/crm/individuals").with(DemoUsers.token(recruit, "TSA", "crm_user")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("awaits approval by your office's CRM administrator")));
		mvc.perform(get("/crm/individuals").with(DemoUsers.token(recruit, "TSA", "crm_user"))
				.sessionAttr(org.casekeep.platform.web.RulesOfBehavior.SESSION_ATTRIBUTE, java.time.Instant.now()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("awaits approval by your office")));

		mvc.perform(post("/api/crm/access-approvals/{u}/approve", recruit)
				.with(DemoUsers.token(chief, "TSA", "crm_user", "crm_admin")))
			.andExpect(status().isNoContent());

		mvc.perform(get("/api/crm/individuals").with(DemoUsers.token(recruit, "TSA", "crm_user")))
			.andExpect(status().isOk());
		// The approval opens the CRM only while the identity provider still grants the role.
		mvc.perform(get("/api/crm/individuals").with(DemoUsers.token(recruit, "TSA", "exec_sec")))
			.andExpect(status().isForbidden());
	}
}
