package org.casekeep.correspondence.taskers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.casekeep.correspondence.OfficeUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casekeep.kernel.testing.PageTesting.html;
import static org.casekeep.kernel.testing.PageTesting.tag;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "My taskers" for an action officer with more taskers than a page: 25 rows, a next link that keeps the order,
 * statuses as labels, and the same paging and sorting on the API.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class TaskerListPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void myTaskersPageBySubjectBothWaysWithLabelsAndTheApiPagesAlike() throws Exception {
		// More than a page of taskers for CBP, whose subjects sort before anything else the suite creates.
		for (int i = 0; i < 26; i++) {
			mvc.perform(post("/api/correspondence/taskers").with(OfficeUsers.ESEC_CLERK.token())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"subject\":\"!Paged tasker %02d\",\"businessDays\":3,\"assignees\":[{\"component\":\"CBP\"}]}"
						.formatted(i)))
				.andExpect(status().isCreated());
		}

		String first = html(mvc, get("/correspondence/taskers").param("sort", "subject")
			.with(OfficeUsers.CBP_ACTION.token()), 200);
		List<String> subjects = subjects(first);
		assertThat(subjects).hasSize(25).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(tag(first, "rel=\"next\"")).contains("page=2").contains("sort=subject,asc");
		assertThat(first).containsPattern("aria-sort=\"ascending\"[^>]*>\\s*<a[^>]*sort=subject,desc[^>]*>Subject");
		// Statuses as the office reads them, on the rows, in the filter and in the counts.
		String text = first.replaceAll("<[^>]+>", " ");
		assertThat(text).contains("Assigned").doesNotContain("ASSIGNED").doesNotContain("DRAFT");

		String second = html(mvc, get("/correspondence/taskers").param("sort", "subject,asc").param("page", "2")
			.with(OfficeUsers.CBP_ACTION.token()), 200);
		// The next page goes on where the first stopped: together they hold these taskers once each, in order.
		List<String> both = new ArrayList<>(subjects);
		both.addAll(subjects(second));
		List<String> ids = new ArrayList<>(ids(first));
		ids.addAll(ids(second));
		assertThat(both).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(ids).doesNotHaveDuplicates();
		assertThat(both.stream().filter(s -> s.startsWith("!Paged tasker")).toList())
			.containsExactlyElementsOf(java.util.stream.IntStream.range(0, 26)
				.mapToObj(i -> "!Paged tasker %02d".formatted(i)).toList());

		String descending = html(mvc, get("/correspondence/taskers").param("sort", "subject,desc")
			.with(OfficeUsers.CBP_ACTION.token()), 200);
		assertThat(subjects(descending)).isSortedAccordingTo((a, b) -> b.compareToIgnoreCase(a));
		assertThat(descending).containsPattern("aria-sort=\"descending\"[^>]*>\\s*<a[^>]*sort=subject,asc[^>]*>Subject");

		String body = mvc.perform(get("/api/correspondence/taskers").param("sort", "subject").param("size", "5")
				.with(OfficeUsers.CBP_ACTION.token()))
			.andExpect(status().isOk())
			.andExpect(header().exists("X-Total-Count"))
			.andExpect(header().string("Link", org.hamcrest.Matchers.containsString("rel=\"next\"")))
			.andExpect(jsonPath("$.length()").value(5))
			.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(body, "$[*].subject")).containsExactlyElementsOf(both.subList(0, 5));
		mvc.perform(get("/api/correspondence/taskers").param("sort", "createdBy").with(OfficeUsers.CBP_ACTION.token()))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sort"));
		mvc.perform(get("/api/correspondence/taskers").param("page", "-1").with(OfficeUsers.CBP_ACTION.token()))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("page"));
	}

	@Test
	void aRefusedAnswerComesBackWithTheSummaryTheMessageNextToTheFieldAndWhatWasTyped() throws Exception {
		String created = mvc.perform(post("/api/correspondence/taskers").with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"subject\":\"Answer form errors\",\"businessDays\":3,\"assignees\":[{\"component\":\"CBP\"}]}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(created, "$.id");
		String assignment = JsonPath.read(created, "$.assignments[0].id");
		var refused = mvc.perform(post("/correspondence/taskers/{id}/assignments/{a}/answer", id, assignment)
				.with(OfficeUsers.CBP_ACTION.token())
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("kind", "NON_CONCUR").param("text", "").param("version", "0"))
			.andExpect(status().is3xxRedirection()).andReturn();
		String page = html(mvc, get("/correspondence/taskers/{id}", id).with(OfficeUsers.CBP_ACTION.token())
			.flashAttrs(refused.getFlashMap()), 200);
		String prefix = "answer-" + assignment + "-";
		assertThat(tag(page, "id=\"" + prefix + "errors-heading\"")).contains("usa-alert__heading");
		assertThat(page).containsPattern("role=\"alert\"[^>]*aria-labelledby=\"" + prefix + "errors-heading\"");
		assertThat(page).containsPattern("href=\"#" + prefix + "(text|kind)\"");
		assertThat(page).containsPattern("class=\"usa-error-message\"\\s+id=\"" + prefix + "(text|kind)-error\"");
		assertThat(page).containsPattern("usa-form-group usa-form-group--error");
		// What was chosen is still chosen.
		assertThat(tag(page, "id=\"" + prefix + "kind-NON_CONCUR\"")).contains("checked");
	}

	static List<String> ids(String page) {
		Matcher row = Pattern.compile("href=\"/correspondence/taskers/([0-9a-f-]{36})\">").matcher(page);
		List<String> found = new ArrayList<>();
		while (row.find()) {
			found.add(row.group(1));
		}
		return found;
	}

	static List<String> subjects(String page) {
		Matcher row = Pattern.compile("href=\"/correspondence/taskers/[0-9a-f-]{36}\">([^<]*)</a>").matcher(page);
		List<String> found = new ArrayList<>();
		while (row.find()) {
			found.add(row.group(1));
		}
		return found;
	}
}
