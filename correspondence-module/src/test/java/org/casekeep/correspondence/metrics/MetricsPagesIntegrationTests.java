package org.casekeep.correspondence.metrics;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.casekeep.correspondence.OfficeUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casekeep.kernel.testing.PageTesting.tag;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Metrics per component: on-time rate and median calendar days over answered assignments, only over the taskers the
 * viewer may see, as JSON and as a page with SVG charts and a table.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class MetricsPagesIntegrationTests {

	static final ZoneId EASTERN = ZoneId.of("America/New_York");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void onTimeRateAndMedianPerComponentOnlyOverVisibleTaskers() throws Exception {
		// A period in the past no other test answers in, so the figures are exactly those seeded here.
		LocalDate day = LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 7000));
		Instant assigned = ZonedDateTime.of(day.atTime(9, 0), EASTERN).toInstant();
		Instant due = assigned.plusSeconds(5 * 86_400L);
		// ICE answers after 2, 4 and 10 days (due after 5): 2 of 3 on time, median 4 days.
		for (int days : List.of(2, 4, 10)) {
			seed("ICE", OfficeUsers.ICE_ACTION, assigned, due, assigned.plusSeconds(days * 86_400L));
		}
		// CBP alone: answered after 1 day, on time. ICE may not see this tasker.
		seed("CBP", OfficeUsers.CBP_ACTION, assigned, due, assigned.plusSeconds(86_400L));
		String from = day.toString();
		String to = day.plusDays(30).toString();

		String ice = mvc.perform(get("/api/correspondence/metrics").param("from", from).param("to", to)
				.with(OfficeUsers.ICE_ACTION.token()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(ice, "$.components[*].component")).containsExactly("ICE");
		assertThat(JsonPath.<Integer>read(ice, "$.components[0].answered")).isEqualTo(3);
		assertThat(JsonPath.<Integer>read(ice, "$.components[0].onTime")).isEqualTo(2);
		assertThat(JsonPath.<Double>read(ice, "$.components[0].onTimePercent")).isEqualTo(66.7);
		assertThat(JsonPath.<Double>read(ice, "$.components[0].medianDays")).isEqualTo(4.0);
		assertThat(JsonPath.<String>read(ice, "$.daysBasis")).isEqualTo("calendar days");

		String cbp = mvc.perform(get("/api/correspondence/metrics").param("from", from).param("to", to)
				.with(OfficeUsers.CBP_ACTION.token()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(cbp, "$.components[*].component")).containsExactly("CBP");
		assertThat(JsonPath.<Double>read(cbp, "$.components[0].onTimePercent")).isEqualTo(100.0);
		assertThat(JsonPath.<Double>read(cbp, "$.components[0].medianDays")).isEqualTo(1.0);

		// The Executive Secretariat sees all taskers, so both components.
		String esec = mvc.perform(get("/api/correspondence/metrics").param("from", from).param("to", to)
				.with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(esec, "$.components[*].component")).containsExactly("CBP", "ICE");

		// The page: charts with a text alternative, and the same figures in a table; nothing of CBP for ICE.
		String page = mvc.perform(get("/correspondence/metrics").param("from", from).param("to", to)
				.with(OfficeUsers.ICE_ACTION.token()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<h1>Tasker metrics</h1>").contains("role=\"img\"")
			.contains("aria-labelledby=\"on-time-title\"").contains("ICE 66.7%").contains("id=\"metrics-table\"")
			.contains(">66.7%</td>").contains(">4.0</td>").doesNotContain("CBP");

		// Usable at 400 px: the viewport follows the device, the table stacks into one card per component (each
		// value labelled) and otherwise scrolls inside its own box, and the charts scale (a viewBox, no fixed width).
		assertThat(page).contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
		assertThat(tag(page, "id=\"metrics-table\"")).contains("usa-table--stacked");
		assertThat(tag(page, "id=\"metrics-table-container\"")).contains("usa-table-container--scrollable");
		assertThat(page).contains("<td data-label=\"On-time rate\">66.7%</td>");
		for (String chart : List.of("id=\"on-time-chart\"", "id=\"median-chart\"")) {
			assertThat(tag(page, chart)).contains("viewBox=\"0 0 460 ").contains("width-full")
				.doesNotContain(" width=\"").doesNotContain(" height=\"");
		}
	}

	@Test
	void aReversedPeriodIsRefusedNamingTheField() throws Exception {
		mvc.perform(get("/api/correspondence/metrics").param("from", "2020-02-01").param("to", "2020-01-01")
				.with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(status().is(422));
		String page = mvc.perform(get("/correspondence/metrics").param("from", "2020-02-01").param("to", "nope")
				.with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Enter the date as YYYY-MM-DD");
	}

	/** Creates a tasker for one component, has it answered, then moves its dates into the test period. */
	private void seed(String component, OfficeUsers answerer, Instant assigned, Instant due, Instant answered)
			throws Exception {
		String body = mvc.perform(post("/api/correspondence/taskers").with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"subject\":\"Metrics " + component + "\",\"businessDays\":3,\"assignees\":[{\"component\":\""
						+ component + "\"}]}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		String assignment = JsonPath.read(body, "$.assignments[0].id");
		Integer version = JsonPath.read(body, "$.assignments[0].version");
		mvc.perform(post("/api/correspondence/taskers/{id}/assignments/{a}/answer", id, assignment)
				.with(answerer.token()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"CONCUR\",\"version\":" + version + "}"))
			.andExpect(status().isOk());
		jdbc.update("update correspondence.tasker set assigned_at = ? where id = ?::uuid", Timestamp.from(assigned), id);
		jdbc.update("update correspondence.tasker_assignment set due_at = ?, answered_at = ? where id = ?::uuid",
				Timestamp.from(due), Timestamp.from(answered), assignment);
	}
}
