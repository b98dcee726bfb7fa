package org.casekeep.detention.portal;

import org.casekeep.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Guessing receipt codes is bounded: a client that checks too many times is told, in its language, when to come back
 * (429), and its guesses are not even looked at; another client is not held up. The limit is lowered for the test.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "casekeep.public.submissions-per-hour=3")
class PortalRateLimitIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aClientThatChecksTooManyCodesIsToldWhenToComeBackAndOthersAreNotHeldUp() throws Exception {
		long audited = TestDatabase.count("select count(*) from kernel.audit_entry");
		for (int i = 0; i < 3; i++) {
			mvc.perform(guess("203.0.113.9")).andExpect(status().isOk());
		}
		mvc.perform(guess("203.0.113.9").header("Accept-Language", "es"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().string(containsString("Espere antes de volver a intentarlo")));
		mvc.perform(guess("203.0.113.10")).andExpect(status().isOk())
			.andExpect(content().string(containsString("We could not find a complaint")));
		assertThat(TestDatabase.count("select count(*) from kernel.audit_entry")).as("a guess writes nothing")
			.isEqualTo(audited);
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder guess(String client) {
		RequestPostProcessor address = request -> {
			request.setRemoteAddr(client);
			return request;
		};
		return post("/public/detention/status").with(csrf()).with(address).param("caseNumber", "OIDO-2026-000001")
			.param("receiptCode", "7K3Q-M9PX-2D4T-HV8C-R6WN");
	}
}
