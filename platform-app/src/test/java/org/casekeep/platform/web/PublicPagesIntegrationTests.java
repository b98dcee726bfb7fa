package org.casekeep.platform.web;

import jakarta.servlet.http.Cookie;

import org.casekeep.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages that face the internet without sign-in (DESIGN: public pages): open to anyone, in English or Spanish,
 * never cached, no Referer leaving, nobody signed in there even with a staff token, and a client over the rate limit
 * told when to come back, in its language. The limit is lowered for the test.
 */
@SpringBootTest(properties = "casekeep.public.pages-per-minute=6")
@AutoConfigureMockMvc
class PublicPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anyoneReadsThePublicPagesInEnglishByDefaultWithNothingCachedAndNoReferrer() throws Exception {
		mvc.perform(get("/public").with(address("192.0.2.1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\"")))
			.andExpect(content().string(containsString("Services you can use without an account")))
			.andExpect(content().string(containsString("An official website of the United States government")))
			.andExpect(content().string(containsString("hreflang=\"es\"")))
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andExpect(header().string("Content-Security-Policy", containsString("form-action 'self'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("8180"))));
	}

	@Test
	void aSpanishBrowserReadsSpanishAndTheChoiceOfLanguageIsKeptInACookieThatHoldsOnlyIt() throws Exception {
		mvc.perform(get("/public").header("Accept-Language", "es-MX,es;q=0.9").with(address("192.0.2.2")))
			.andExpect(content().string(containsString("<html lang=\"es\"")))
			.andExpect(content().string(containsString("Servicios que puede usar sin una cuenta")))
			.andExpect(content().string(containsString("Un sitio oficial del Gobierno de Estados Unidos")));

		MvcResult chosen = mvc.perform(get("/public").param("lang", "es").with(address("192.0.2.2")))
			.andExpect(cookie().value("casekeep-lang", "es"))
			.andExpect(cookie().httpOnly("casekeep-lang", true))
			.andExpect(content().string(containsString("Servicios que puede usar sin una cuenta")))
			.andReturn();
		Cookie language = chosen.getResponse().getCookie("casekeep-lang");
		mvc.perform(get("/public").cookie(language).header("Accept-Language", "en-US").with(address("192.0.2.2")))
			.andExpect(content().string(containsString("<html lang=\"es\"")));
		// A language the pages do not have falls back to English.
		mvc.perform(get("/public").param("lang", "xx").header("Accept-Language", "fr").with(address("192.0.2.2")))
			.andExpect(content().string(containsString("<html lang=\"en\"")));
	}

	@Test
	void aStaffMembersSignedInSessionSignsNobodyInOnAPublicPage() throws Exception {
		// A staff member's browser session, as the staff pages keep it after sign-in.
		org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
		session.setAttribute(
				org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
				new org.springframework.security.core.context.SecurityContextImpl(
						new org.casekeep.platform.security.CasekeepJwtAuthentication.FromJwt()
							.convert(DemoUsers.PSO_ANALYST.jwt())));
		mvc.perform(get("/public").session(session).with(address("192.0.2.3")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("pso-analyst"))))
			.andExpect(content().string(not(containsString("Log out"))));
	}

	@Test
	void aClientOverTheLimitIsToldWhenToComeBackInItsLanguageAndOthersAreNotHeldUp() throws Exception {
		for (int i = 0; i < 6; i++) {
			mvc.perform(get("/public").with(address("198.51.100.77"))).andExpect(status().isOk());
		}
		mvc.perform(get("/public").header("Accept-Language", "es").with(address("198.51.100.77")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().string(containsString("Espere antes de volver a intentarlo")))
			.andExpect(content().string(containsString("No guardamos nada de lo que envió")));
		mvc.perform(get("/public").with(address("198.51.100.78"))).andExpect(status().isOk());
		assertThat(Long.parseLong(mvc.perform(get("/public").with(address("198.51.100.77"))).andReturn()
			.getResponse().getHeader("Retry-After"))).isBetween(1L, 60L);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor address(String remote) {
		return request -> {
			request.setRemoteAddr(remote);
			return request;
		};
	}
}
