package org.casekeep.survey;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The answer page refuses floods with the kernel's rate limits (DESIGN: public pages): past the submissions allowed
 * an hour from one address, 429 with {@code Retry-After}, and a wrong link says only that it is not valid.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
@Import(SettableClock.Config.class)
@TestPropertySource(properties = "casekeep.public.submissions-per-hour=2")
class AnswerFloodIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aFloodOfSubmissionsFromOneAddressIsRefusedWith429() throws Exception {
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/public/research/{token}", "not-a-real-token-" + i).with(csrf())
				.with(request -> { request.setRemoteAddr("203.0.113.9"); return request; }))
				.andExpect(status().isNotFound());
		}
		mvc.perform(post("/public/research/{token}", "not-a-real-token-3").with(csrf())
			.with(request -> { request.setRemoteAddr("203.0.113.9"); return request; }))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
	}
}
