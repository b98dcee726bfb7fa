package org.casekeep.correspondence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casekeep.platform.web.RulesOfBehavior;
import org.casekeep.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The intake pages as an Executive Secretariat clerk uses them: the form with its errors, a letter with an SSN held
 * for review, the review page with masked excerpts and its errors, and the received record afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IntakePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theIndexAndTheFormRender() throws Exception {
		assertThat(html(page(get("/correspondence")), 200)).contains("<h1>Correspondence</h1>")
			.contains("href=\"/correspondence/intake/new\"");
		assertThat(html(page(get("/correspondence/intake/new")), 200)).contains("<h1>New correspondence</h1>")
			.contains("enctype=\"multipart/form-data\"")
			.contains("name=\"aNumber\"")
			.contains("name=\"files\"");
	}

	@Test
	void aMissingSubjectComesBackWithTheErrorNextToTheField() throws Exception {
		String html = html(page(multipart("/correspondence/intake")).with(csrf()).param("channel", "FAX")
			.param("sourceType", "CONGRESS").param("subject", ""), 422);
		assertThat(html).contains("There is a problem").containsPattern("id=\"subject-error\"[^>]*>Subject is required");
	}

	@Test
	void aLetterWithAnSsnIsReviewedOnThePageThenReceived() throws Exception {
		MockMultipartFile letter = new MockMultipartFile("files", "letter.pdf", "application/pdf",
				IntakeApiIntegrationTests.pdf("Please review my file, SSN 123-45-6789, thank you."));
		String location = mvc.perform(page(multipart("/correspondence/intake").file(letter)).with(csrf())
				.param("channel", "POSTAL_MAIL").param("sourceType", "PUBLIC").param("subject", "Page letter")
				.param("body", "Unrelated remarks about the weather."))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/correspondence/intake/[0-9a-f-]{36}/review");

		String review = html(page(get(location)), 200);
		assertThat(review).contains("Review sensitive information").contains("[Social Security number]")
			.doesNotContain("6789");
		Matcher finding = Pattern.compile("name=\"decision-([0-9a-f-]{36})\"").matcher(review);
		assertThat(finding.find()).isTrue();
		String findingId = finding.group(1);

		String missing = html(page(post(location)).with(csrf()).param("version", "0"), 422);
		assertThat(missing).contains("There is a problem").contains("href=\"#decision-" + findingId + "\"")
			.contains("id=\"decision-" + findingId + "-error\"");

		String detail = mvc.perform(page(post(location)).with(csrf()).param("version", "0")
				.param("decision-" + findingId, "REDACT").param("bodyExtraneous", "on"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		String received = html(page(get(detail)), 200);
		assertThat(received).contains("RECEIVED").contains("[REDACTED SSN]").doesNotContain("123-45-6789")
			.contains("Extraneous");
	}

	@Test
	void anActionOfficerSeesNoIntakeOnTheIndex() throws Exception {
		assertThat(html(get("/correspondence").with(DemoUsers.ICE_ACTION.token())
			.sessionAttr(RulesOfBehavior.SESSION_ATTRIBUTE, Instant.now()), 200))
			.doesNotContain("href=\"/correspondence/intake/new\"");
	}

	private static <B extends AbstractMockHttpServletRequestBuilder<B>> B page(B request) {
		return request.with(DemoUsers.ESEC_CLERK.token()).sessionAttr(RulesOfBehavior.SESSION_ATTRIBUTE, Instant.now());
	}

	private String html(RequestBuilder request, int expectedStatus) throws Exception {
		return mvc.perform(request)
			.andExpect(status().is(expectedStatus))
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
