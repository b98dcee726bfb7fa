package org.casekeep.privacy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.casekeep.kernel.review.AuditReviews;
import org.casekeep.platform.web.RulesOfBehavior;
import org.casekeep.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ISSO's weekly audit review (CRM PIA 2.4, 8.5) as the privacy console shows it: a review due each week, signed
 * off once by the ISSO with a report, weeks that passed without one marked missed, and a reminder to the ISSOs, once,
 * when a week passes without a sign-off.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditReviewIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditReviews reviews;

	@Test
	void theIssoSignsOffThisWeeksReviewOnceAndThePageShowsItsReport() throws Exception {
		LocalDate thisWeek = AuditReviews.weekOf(Instant.now());
		mvc.perform(get("/api/privacy/audit/reviews").with(DemoUsers.ISSO.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(12)))
			.andExpect(jsonPath("$[1].week").value(thisWeek.minusWeeks(1).toString()))
			.andExpect(jsonPath("$[1].status").value("MISSED"));

		mvc.perform(page(post("/privacy/audit/reviews")).with(DemoUsers.ISSO.token()).with(csrf())
				.param("week", LocalDate.now(java.time.ZoneOffset.UTC).toString()).param("note", "Nothing unusual"))
			.andExpect(status().isSeeOther())
			.andExpect(flash().attribute("notice", containsString("week of " + thisWeek + " is signed off")));

		mvc.perform(get("/api/privacy/audit/reviews").with(DemoUsers.CPO.token()))
			.andExpect(jsonPath("$[0].week").value(thisWeek.toString()))
			.andExpect(jsonPath("$[0].status").value("SIGNED_OFF"))
			.andExpect(jsonPath("$[0].signedOffBy").value("isso"))
			.andExpect(jsonPath("$[0].note").value("Nothing unusual"))
			.andExpect(jsonPath("$[0].periodFrom").value(
					thisWeek.minusWeeks(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toString()));
		mvc.perform(page(get("/privacy/audit/reviews")).with(DemoUsers.ISSO.token()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Signed off")))
			.andExpect(content().string(containsString("Nothing unusual")));

		// Once only.
		mvc.perform(page(post("/privacy/audit/reviews")).with(DemoUsers.ISSO.token()).with(csrf())
				.param("week", thisWeek.toString()))
			.andExpect(status().isConflict());
	}

	@Test
	void onlyTheIssoSignsOffAndOnlyTheIssoAndTheChiefPrivacyOfficerSeeTheReviews() throws Exception {
		mvc.perform(signOff(DemoUsers.CPO, "{\"week\":\"" + LocalDate.now() + "\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/privacy/audit/reviews").with(DemoUsers.ICE_PRIVACY.token()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/privacy/audit/reviews").with(DemoUsers.PSO_ADMIN.token()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aSignOffNamesTheFieldItRefuses() throws Exception {
		mvc.perform(signOff(DemoUsers.ISSO, "{\"week\":\"" + LocalDate.now().plusWeeks(2) + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("week"));
		mvc.perform(signOff(DemoUsers.ISSO, "{\"note\":\"fine\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("week"));
		mvc.perform(signOff(DemoUsers.ISSO, "{\"week\":\"" + LocalDate.now().minusWeeks(5)
				+ "\",\"note\":\"checked 123-45-6789\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		mvc.perform(signOff(DemoUsers.ISSO, "{\"week\":\"" + LocalDate.now().minusWeeks(5) + "\",\"note\":\""
				+ "x".repeat(2001) + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
	}

	@Test
	void aWeekThatPassesWithoutASignOffRemindsTheIssosOnce() throws Exception {
		// Three weeks from now, the week two weeks ahead has passed unsigned (next week's review is another test's).
		Instant later = Instant.now().plus(Duration.ofDays(21));
		LocalDate passed = AuditReviews.weekOf(later).minusWeeks(1);
		String subject = "The weekly audit review of the week of " + passed + " was not signed off";

		assertThat(reviews.remindIfMissed(later)).isTrue();
		assertThat(reviews.remindIfMissed(later)).as("once per week").isFalse();

		mvc.perform(get("/api/notifications").with(DemoUsers.ISSO.token()))
			.andExpect(jsonPath("$[?(@.subject == '" + subject + "')].link").value(
					org.hamcrest.Matchers.contains("/privacy/audit/reviews")));
		mvc.perform(get("/api/notifications").with(DemoUsers.token("ocio-admin", "OCIO", "platform_admin")))
			.andExpect(jsonPath("$[?(@.subject == '" + subject + "')]").value(empty()));
		mvc.perform(get("/api/notifications").with(DemoUsers.CPO.token()))
			.andExpect(jsonPath("$[?(@.subject == '" + subject + "')]").value(empty()));
		mvc.perform(get("/api/notifications").with(DemoUsers.ISSO.token()))
			.andExpect(jsonPath("$").value(not(empty())));
	}

	private static MockHttpServletRequestBuilder page(MockHttpServletRequestBuilder request) {
		return request.sessionAttr(RulesOfBehavior.SESSION_ATTRIBUTE, Instant.now());
	}

	private static MockHttpServletRequestBuilder signOff(DemoUsers user, String json) {
		return post("/api/privacy/audit/reviews").with(user.token()).contentType(MediaType.APPLICATION_JSON)
			.content(json);
	}
}
