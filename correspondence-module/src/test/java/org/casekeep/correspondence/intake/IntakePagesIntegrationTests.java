package org.casekeep.correspondence.intake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casekeep.kernel.testing.Documents;
import org.casekeep.correspondence.OfficeUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casekeep.kernel.testing.PageTesting.html;
import static org.casekeep.kernel.testing.PageTesting.tag;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The intake pages as an Executive Secretariat clerk uses them: the form with its errors, a letter with an SSN held
 * for review, the review page with masked excerpts and its errors, and the received record afterwards.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class IntakePagesIntegrationTests {

	/** The Executive Secretariat clerk who takes the letters in. */
	static final RequestPostProcessor CLERK = OfficeUsers.ESEC_CLERK.token();

	@Autowired
	MockMvc mvc;

	@Test
	void theIndexAndTheFormRender() throws Exception {
		assertThat(html(mvc, get("/correspondence").with(CLERK), 200)).contains("<h1>Correspondence</h1>")
			.contains("href=\"/correspondence/intake/new\"");
		assertThat(html(mvc, get("/correspondence/intake/new").with(CLERK), 200)).contains("<h1>New correspondence</h1>")
			.contains("enctype=\"multipart/form-data\"")
			.contains("name=\"aNumber\"")
			.contains("name=\"files\"");
	}

	@Test
	void aMissingSubjectComesBackWithTheErrorNextToTheField() throws Exception {
		String html = html(mvc, multipart("/correspondence/intake").with(CLERK).with(csrf()).param("channel", "FAX")
			.param("sourceType", "CONGRESS").param("subject", ""), 422);
		assertThat(html).contains("There is a problem").containsPattern("id=\"subject-error\"[^>]*>Subject is required");
	}

	@Test
	void theAddressIsTheShellsAddressFieldsetAndABadPartComesBackNextToIt() throws Exception {
		String form = html(mvc, get("/correspondence/intake/new").with(CLERK), 200);
		assertThat(tag(form, "id=\"address.street1\"")).startsWith("<input").contains("name=\"address.street1\"");
		assertThat(tag(form, "id=\"address.state\"")).startsWith("<select");
		assertThat(form).contains("<option value=\"TX\">TX – Texas</option>").contains("for=\"address.zip\"")
			.doesNotContain("name=\"street1\"");

		String refused = html(mvc, multipart("/correspondence/intake").with(CLERK).with(csrf())
			.param("channel", "POSTAL_MAIL").param("sourceType", "PUBLIC").param("subject", "Letter from El Paso")
			.param("address.street1", "1 Main St").param("address.city", "El Paso").param("address.state", "TX")
			.param("address.zip", "7990"), 422);
		assertThat(refused).contains("href=\"#address.zip\"").contains("id=\"address.zip-error\"")
			.doesNotContain("id=\"address.state-error\"");
		assertThat(tag(refused, "id=\"address.city\"")).contains("value=\"El Paso\"");

		String detail = mvc.perform(multipart("/correspondence/intake").with(CLERK).with(csrf())
				.param("channel", "POSTAL_MAIL").param("sourceType", "PUBLIC").param("subject", "Letter from El Paso")
				.param("addressKind", "WORK").param("address.street1", "1 Main St").param("address.city", "El Paso")
				.param("address.state", "TX").param("address.zip", "79901"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(html(mvc, get(detail).with(CLERK), 200))
			.containsPattern("<dt>Address kind</dt>\\s*<dd>\\s*<span>Work address</span>")
			.containsPattern("<dt>Street address</dt>\\s*<dd>\\s*<span>1 Main St</span>")
			.containsPattern("<dt>State</dt>\\s*<dd>\\s*<span>TX</span>")
			.containsPattern("<dt>ZIP code</dt>\\s*<dd>\\s*<span>79901</span>");
	}

	@Test
	void aLetterWithAnSsnIsReviewedOnThePageThenReceived() throws Exception {
		MockMultipartFile letter = new MockMultipartFile("files", "letter.pdf", "application/pdf",
				Documents.pdf("Please review my file, SSN 123-45-6789, thank you."));
		String location = mvc.perform(multipart("/correspondence/intake").file(letter).with(CLERK).with(csrf())
				.param("channel", "POSTAL_MAIL").param("sourceType", "PUBLIC").param("subject", "Page letter")
				.param("body", "Unrelated remarks about the weather."))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/correspondence/intake/[0-9a-f-]{36}/review");

		String review = html(mvc, get(location).with(CLERK), 200);
		assertThat(review).contains("Review sensitive information").contains("[Social Security number]")
			.doesNotContain("6789");
		Matcher finding = Pattern.compile("name=\"decision-([0-9a-f-]{36})\"").matcher(review);
		assertThat(finding.find()).isTrue();
		String findingId = finding.group(1);

		String missing = html(mvc, post(location).with(CLERK).with(csrf()).param("version", "0"), 422);
		assertThat(missing).contains("There is a problem").contains("href=\"#decision-" + findingId + "\"")
			.contains("id=\"decision-" + findingId + "-error\"");

		String detail = mvc.perform(post(location).with(CLERK).with(csrf()).param("version", "0")
				.param("decision-" + findingId, "REDACT").param("bodyExtraneous", "on"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		String received = html(mvc, get(detail).with(CLERK), 200);
		assertThat(received).contains("<span class=\"usa-tag\">Received</span>").contains("Redacted")
			.contains("[REDACTED SSN]").doesNotContain("123-45-6789")
			.contains("Extraneous");
	}

	@Test
	void anActionOfficerSeesNoIntakeOnTheIndex() throws Exception {
		assertThat(html(mvc, get("/correspondence").with(OfficeUsers.ICE_ACTION.token()), 200))
			.doesNotContain("href=\"/correspondence/intake/new\"");
	}
}
