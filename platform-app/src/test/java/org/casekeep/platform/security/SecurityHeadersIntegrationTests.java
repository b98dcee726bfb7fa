package org.casekeep.platform.security;

import java.time.Instant;

import org.casekeep.platform.web.RulesOfBehavior;
import org.casekeep.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the browser is told to refuse (plugins, a foreign base URL, leaking a record's address in a Referer), and that
 * sign-in redirects come from the configured public address, never from a request's Host header.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void pagesForbidPluginsAndForeignBaseUrlsAndSendReferrersOnlyToThemselves() throws Exception {
		mvc.perform(get("/").with(DemoUsers.PSO_ANALYST.token())
				.sessionAttr(RulesOfBehavior.SESSION_ATTRIBUTE, Instant.now()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("object-src 'none'"),
					org.hamcrest.Matchers.containsString("base-uri 'self'"),
					org.hamcrest.Matchers.containsString("frame-ancestors 'none'"))))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
	}

	@Test
	void theApiSendsNoReferrerAndAllowsNoContent() throws Exception {
		mvc.perform(get("/api/crm/individuals").with(DemoUsers.PSO_ANALYST.token()))
			.andExpect(status().isOk())
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'none'")));
	}

	@Test
	void theSignInRedirectNamesThePublicAddressWhateverTheHostHeaderSays() throws Exception {
		String location = mvc.perform(get("/oauth2/authorization/keycloak").header("Host", "evil.example"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getHeader("Location");
		// The tests' public address is the default one, the bind address and port (casekeep.public-url).
		assertThat(location).contains("redirect_uri=http://127.0.0.1:8080/login/oauth2/code/keycloak")
			.doesNotContain("evil.example");
	}
}
