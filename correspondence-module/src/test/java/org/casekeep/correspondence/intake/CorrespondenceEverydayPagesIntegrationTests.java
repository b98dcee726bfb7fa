package org.casekeep.correspondence.intake;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.casekeep.correspondence.OfficeUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casekeep.kernel.testing.PageTesting.html;
import static org.casekeep.kernel.testing.PageTesting.tag;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a clerk of the Executive Secretariat reads every day on the correspondence pages: labels instead of stored
 * codes, one date format with its time zone, lists that page and sort (25 rows, a next link, sortable headers saying
 * their order), and the one error pattern of the module's forms.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrespondenceEverydayPagesIntegrationTests {

	/** The offices' zone (casekeep.web.time-zone by default) and the one format of an instant on every page. */
	static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm z", Locale.US)
		.withZone(ZoneId.of("America/New_York"));

	/** A word only the letters of this class hold, so that a search lists exactly them. */
	static final String WORD = "quillwort" + Long.toString(System.nanoTime(), 36).replaceAll("\\d", "");

	static final int LETTERS = 27;

	@Autowired
	MockMvc mvc;

	String letterId;

	String receivedAt;

	@BeforeAll
	void twentySevenLettersOfOneSearch() throws Exception {
		for (int i = 1; i <= LETTERS; i++) {
			String created = mvc.perform(multipart("/api/correspondence/intake")
					.file(new MockMultipartFile("correspondence", "", MediaType.APPLICATION_JSON_VALUE, """
							{"channel":"POSTAL_MAIL","sourceType":"CONGRESS","subject":"%s letter %02d","lastName":"Ode"}""".formatted(WORD, i).getBytes()))
					.with(OfficeUsers.ESEC_CLERK.token()))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
			letterId = JsonPath.read(created, "$.id");
			receivedAt = JsonPath.read(created, "$.receivedAt");
		}
	}

	@Test
	void theLetterPageShowsLabelsNotCodes() throws Exception {
		String page = html(mvc, get("/correspondence/{id}", letterId).with(OfficeUsers.ESEC_CLERK.token()), 200);
		String text = visibleText(page);
		assertThat(text).contains("Postal mail").contains("Congress").contains("Received")
			.contains("Executive Secretariat correspondence (N1-563-07-001");
		assertThat(text).doesNotContain("POSTAL_MAIL").doesNotContain("CONGRESS").doesNotContain("RECEIVED")
			.doesNotContain("N1_563_07_001").doesNotContain("GRS_5_2_010");
		// The correction form names the fields as people read them, from their PII declarations.
		assertThat(tag(page, "value=\"aNumber\"")).startsWith("<option");
		assertThat(text).contains("Alien Registration Number").doesNotContain("aNumber");

		String index = html(mvc, get("/correspondence").param("q", WORD).with(OfficeUsers.ESEC_CLERK.token()), 200);
		assertThat(visibleText(index)).contains("Awaiting SPII review").contains("Received")
			.doesNotContain("SPII_REVIEW").doesNotContain("RECEIVED");
	}

	@Test
	void anInstantIsShownInTheOfficesZoneWithItsAbbreviation() throws Exception {
		String expected = SHOWN.format(Instant.parse(receivedAt));
		assertThat(expected).matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} E[SD]T");
		String page = html(mvc, get("/correspondence/{id}", letterId).with(OfficeUsers.ESEC_CLERK.token()), 200);
		assertThat(page).containsPattern("<dt>Received</dt>\\s*<dd>\\s*<span>" + Pattern.quote(expected) + "</span>");
		String index = html(mvc, get("/correspondence").param("q", WORD).with(OfficeUsers.ESEC_CLERK.token()), 200);
		assertThat(index).contains(">" + expected + "</time>").doesNotContain(receivedAt.substring(0, 10) + "<");
	}

	@Test
	void aSearchOfMoreThanAPageShowsTwentyFiveRowsAndANextLink() throws Exception {
		String first = html(mvc, get("/correspondence").param("q", WORD).with(OfficeUsers.ESEC_CLERK.token()), 200);
		assertThat(rows(first)).hasSize(25);
		assertThat(first).contains("Showing 1–25 of " + LETTERS).contains("Page 1 of 2");
		String next = tag(first, "rel=\"next\"");
		assertThat(next).contains("page=2").contains("q=" + WORD).contains("sort=received,desc");

		String second = html(mvc, get("/correspondence").param("q", WORD).param("page", "2")
			.param("sort", "received,desc").with(OfficeUsers.ESEC_CLERK.token()), 200);
		assertThat(rows(second)).hasSize(LETTERS - 25);
		assertThat(second).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
		// Stable: the two pages together hold every letter once.
		assertThat(concat(rows(first), rows(second))).doesNotHaveDuplicates().hasSize(LETTERS);
	}

	@Test
	void aColumnSortsBothWaysAndItsHeaderSaysSo() throws Exception {
		String ascending = html(mvc, get("/correspondence").param("q", WORD).param("sort", "subject")
			.with(OfficeUsers.ESEC_CLERK.token()), 200);
		assertThat(subjects(ascending).getFirst()).endsWith("letter 01");
		assertThat(subjects(ascending)).isSortedAccordingTo(String::compareTo);
		String header = tag(ascending, "aria-sort=\"ascending\"");
		assertThat(header).startsWith("<th");
		assertThat(ascending).containsPattern("aria-sort=\"ascending\"[^>]*>\\s*<a[^>]*sort=subject,desc[^>]*>Subject");
		assertThat(ascending).containsPattern("aria-sort=\"none\"[^>]*>\\s*<a[^>]*sort=received,asc[^>]*>Received");

		String descending = html(mvc, get("/correspondence").param("q", WORD).param("sort", "subject,desc")
			.with(OfficeUsers.ESEC_CLERK.token()), 200);
		assertThat(subjects(descending).getFirst()).endsWith("letter 27");
		assertThat(subjects(descending)).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(descending).containsPattern("aria-sort=\"descending\"[^>]*>\\s*<a[^>]*sort=subject,asc[^>]*>Subject");
	}

	@Test
	void badPagingOnAPageIsBroughtIntoRangeAndOnTheApiIsRefusedNamingTheParameter() throws Exception {
		String clamped = html(mvc, get("/correspondence").param("q", WORD).param("page", "0").param("size", "5000")
			.param("sort", "drop table").with(OfficeUsers.ESEC_CLERK.token()), 200);
		assertThat(rows(clamped)).hasSize(LETTERS);

		mvc.perform(get("/api/correspondence").param("q", WORD).param("size", "10").param("page", "3")
				.param("sort", "subject,desc").with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Total-Count", String.valueOf(LETTERS)))
			.andExpect(header().string("Link", org.hamcrest.Matchers.containsString("rel=\"prev\"")))
			.andExpect(jsonPath("$.length()").value(LETTERS - 20))
			.andExpect(jsonPath("$[0].subject").value(WORD + " letter 07"));
		for (String[] bad : List.of(new String[] { "page", "0" }, new String[] { "size", "101" },
				new String[] { "sort", "lastName" }, new String[] { "sort", "subject,sideways" })) {
			mvc.perform(get("/api/correspondence").param("q", WORD).param(bad[0], bad[1])
					.with(OfficeUsers.ESEC_CLERK.token()))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value(bad[0]));
		}
	}

	@Test
	void theIntakeFormShowsTheSummaryAndTheMessageNextToTheFieldAndKeepsWhatWasTyped() throws Exception {
		String form = html(mvc, multipart("/correspondence/intake").with(OfficeUsers.ESEC_CLERK.token()).with(csrf())
			.param("channel", "FAX").param("sourceType", "CONGRESS").param("subject", "")
			.param("lastName", "Kept-Name"), 422);
		assertThat(tag(form, "casekeep-error-summary")).contains("role=\"alert\"");
		assertThat(form).contains("There is a problem").contains("href=\"#subject\"");
		assertThat(form).containsPattern("usa-form-group usa-form-group--error\"[^>]*>\\s*<label[^>]*for=\"subject\"");
		assertThat(tag(form, "id=\"subject-error\"")).contains("usa-error-message");
		assertThat(tag(form, "id=\"subject\"")).containsPattern("aria-describedby=\"[^\"]*subject-error\"")
			.contains("aria-invalid=\"true\"");
		assertThat(tag(form, "id=\"lastName\"")).contains("value=\"Kept-Name\"");
		assertThat(form).containsPattern("<option value=\"FAX\" selected=\"selected\">Fax</option>");
	}

	@Test
	void theCorrectionFormUsesTheSameSummaryAndFieldMessageAndKeepsWhatWasTyped() throws Exception {
		String version = JsonPath.read(mvc.perform(get("/api/correspondence/{id}", letterId)
			.with(OfficeUsers.ESEC_CLERK.token())).andReturn().getResponse().getContentAsString(), "$.version")
			.toString();
		var refused = mvc.perform(post("/correspondence/{id}/corrections", letterId)
				.with(OfficeUsers.ESEC_CLERK.token()).with(csrf())
				.param("field", "lastName").param("value", "Odeh").param("reason", "").param("version", version))
			.andExpect(status().is3xxRedirection()).andReturn();
		String page = html(mvc, get("/correspondence/{id}", letterId).with(OfficeUsers.ESEC_CLERK.token())
			.flashAttrs(refused.getFlashMap()), 200);
		assertThat(page).containsPattern("id=\"correction-errors-heading\">There is a problem");
		assertThat(page).containsPattern("role=\"alert\"[^>]*aria-labelledby=\"correction-errors-heading\"|"
				+ "aria-labelledby=\"correction-errors-heading\"[^>]*role=\"alert\"");
		assertThat(page).contains("href=\"#correction-reason\"");
		assertThat(tag(page, "id=\"correction-reason-error\"")).contains("usa-error-message");
		assertThat(tag(page, "id=\"correction-reason\"")).contains("aria-describedby=\"correction-reason-error\"")
			.contains("usa-input--error");
		assertThat(tag(page, "id=\"correction-value\"")).contains("value=\"Odeh\"");
		assertThat(page).contains("<option value=\"lastName\" selected=\"selected\">Correspondent last name</option>");
	}

	@Test
	void theLookupFormUsesTheSameSummaryAndFieldMessageAndKeepsWhatWasTyped() throws Exception {
		String tooLong = "C".repeat(51);
		String page = html(mvc, get("/correspondence/lookup").param("caseNumber", tooLong)
			.param("correspondent", "Ode").with(OfficeUsers.ESEC_CLERK.token()), 422);
		assertThat(page).containsPattern("role=\"alert\"[^>]*aria-labelledby=\"lookup-errors-heading\"");
		assertThat(page).contains("href=\"#lookup-caseNumber\"");
		assertThat(tag(page, "id=\"lookup-caseNumber-error\"")).contains("usa-error-message");
		assertThat(tag(page, "id=\"lookup-caseNumber\"")).contains("aria-describedby=\"lookup-caseNumber-error\"")
			.contains("value=\"" + tooLong + "\"");
		assertThat(tag(page, "id=\"lookup-correspondent\"")).contains("value=\"Ode\"");

		String nothing = html(mvc, get("/correspondence/lookup").with(OfficeUsers.ESEC_CLERK.token()), 422);
		assertThat(nothing).contains("There is a problem").contains("Give a receipt number")
			.doesNotContain("href=\"#lookup-lookup\"");
	}

	/** The subjects of the rows of a list page, in order. */
	static List<String> subjects(String page) {
		Matcher row = Pattern.compile("<td data-label=\"Subject\">([^<]*)</td>").matcher(page);
		List<String> found = new java.util.ArrayList<>();
		while (row.find()) {
			found.add(row.group(1));
		}
		return found;
	}

	/** The links of the rows of the correspondence list, in order. */
	static List<String> rows(String page) {
		Matcher row = Pattern.compile("href=\"/correspondence/([0-9a-f-]{36})\"").matcher(page);
		List<String> found = new java.util.ArrayList<>();
		while (row.find()) {
			found.add(row.group(1));
		}
		return found;
	}

	static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new java.util.ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	/** What a reader sees: the page without its tags (attribute values such as option values are not read). */
	static String visibleText(String page) {
		return page.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " ");
	}
}
