package org.casekeep.crm;

import java.sql.Connection;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.casekeep.crm.stakeholder.CrmRoles;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.testing.SignedIn;
import org.casekeep.kernel.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casekeep.kernel.testing.PageTesting.html;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The PIA's typical transaction, last step (CRM PIA 2.2, overview): after meeting Texas stakeholders, an office asks
 * where in Region VI it has stakeholders on an issue and finds New Mexico has nobody. Each test works in a component
 * of its own, so the counts are exactly what the test recorded.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class OutreachReportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.casekeep.crm.administration.AccessApprovals approvals;

	/** A component no other test uses, and one of its CRM users. */
	String component;

	RequestPostProcessor analyst;

	@BeforeEach
	void aComponentOfItsOwn() {
		Random random = new Random();
		StringBuilder code = new StringBuilder("Q");
		for (int i = 0; i < 5; i++) {
			code.append((char) ('A' + random.nextInt(26)));
		}
		component = code.toString();
		Actor user = new Actor(component.toLowerCase(Locale.ROOT) + "-analyst", component, Set.of(CrmRoles.USER));
		approvals.preApprove(java.util.List.of(user));
		analyst = SignedIn.as(user);
	}

	@Test
	void countsStakeholdersAndInteractionsPerStateAndRegionAndShowsWhereThereIsNobody() throws Exception {
		String rosa = individual("TX", "IMMIGRATION");
		individual("TX", "DISASTER_RESPONSE");
		individual("OK", "IMMIGRATION");
		organization("TX", "IMMIGRATION");
		individual(null, "IMMIGRATION");
		interaction(rosa, "2026-03-02");
		interaction(rosa, "2026-03-09");
		interaction(rosa, "2024-01-15");

		String all = report("component", component, "from", "2026-01-01", "to", "2026-06-30")
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(read(all, "$.regions[?(@.name=='VI')].states[?(@.code=='TX')].counts.individuals")).isEqualTo(2);
		assertThat(read(all, "$.regions[?(@.name=='VI')].states[?(@.code=='TX')].counts.organizations")).isEqualTo(1);
		assertThat(read(all, "$.regions[?(@.name=='VI')].states[?(@.code=='TX')].counts.interactions"))
			.as("the 2024 interaction is outside the period").isEqualTo(2);
		assertThat(read(all, "$.regions[?(@.name=='VI')].states[?(@.code=='NM')].counts.individuals")).isEqualTo(0);
		assertThat(read(all, "$.regions[?(@.name=='VI')].counts.individuals")).as("TX and OK").isEqualTo(3);
		assertThat(read(all, "$.regions[?(@.name=='VI')].counts.organizations")).isEqualTo(1);
		assertThat(read(all, "$.elsewhere[?(@.code=='NONE')].counts.individuals")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(all, "$.total.individuals")).isEqualTo(4);
		assertThat((Integer) JsonPath.read(all, "$.total.organizations")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(all, "$.total.interactions")).isEqualTo(2);
		assertThat((String) JsonPath.read(all, "$.from")).isEqualTo("2026-01-01");

		report("component", component.toLowerCase(Locale.ROOT), "issue", "immigration", "from", "2026-01-01", "to",
				"2026-06-30")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.issue").value("IMMIGRATION"))
			.andExpect(jsonPath("$.component").value(component))
			.andExpect(jsonPath("$.regions[?(@.name=='VI')].states[?(@.code=='TX')].counts.individuals").value(hasItem(1)))
			.andExpect(jsonPath("$.regions[?(@.name=='VI')].counts.individuals").value(hasItem(2)))
			.andExpect(jsonPath("$.total.interactions").value(2));

		report("component", component, "issue", "COUNTERTERRORISM")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total.individuals").value(0))
			.andExpect(jsonPath("$.total.organizations").value(0));
	}

	@Test
	void theCountsFollowEveryChangeOfTheRecordsAndSurviveCompaction() throws Exception {
		String rosa = individual("TX", "IMMIGRATION");
		interaction(rosa, "2026-02-20");
		interaction(rosa, "2026-03-10");
		interaction(rosa, "2026-04-05");
		interaction(rosa, "2026-04-20");
		assertThat(interactions("TX", "2026-02-15", "2026-04-10")).as("part of February, March, part of April")
			.isEqualTo(3);
		assertThat(interactions("TX", "2026-03-01", "2026-03-31")).as("a whole month").isEqualTo(1);
		assertThat(interactions("TX", "2026-03-11", "2026-03-12")).as("days without any").isZero();
		assertThat(interactions("TX", "2026-01-01", "2026-12-31")).isEqualTo(4);

		// Rosa moves to New Mexico: she and her interactions count there now, under every period.
		try (Connection db = TestDatabase.superuser()) {
			db.createStatement().execute("update crm.individual set state = 'NM' where id = '" + rosa + "'");
		}
		assertThat(interactions("TX", "2026-01-01", "2026-12-31")).isZero();
		assertThat(interactions("NM", "2026-02-15", "2026-04-10")).isEqualTo(3);
		assertThat(stakeholders("NM")).isEqualTo(1);
		assertThat(stakeholders("TX")).isZero();

		try (Connection db = TestDatabase.superuser()) {
			db.createStatement().execute("select crm.outreach_compact()");
		}
		assertThat(interactions("NM", "2026-02-15", "2026-04-10")).as("compaction changes no count").isEqualTo(3);
		assertThat(stakeholders("NM")).isEqualTo(1);

		mvc.perform(delete("/api/crm/individuals/{id}", rosa).param("channel", "PHONE").with(analyst))
			.andExpect(status().isNoContent());
		assertThat(stakeholders("NM")).isZero();
		assertThat(interactions("NM", "2026-01-01", "2026-12-31")).as("her interactions left with her").isZero();
	}

	private int interactions(String state, String from, String to) throws Exception {
		return read(report("component", component, "from", from, "to", to).andReturn().getResponse()
			.getContentAsString(), "$.regions[*].states[?(@.code=='" + state + "')].counts.interactions");
	}

	private int stakeholders(String state) throws Exception {
		return read(report("component", component).andReturn().getResponse().getContentAsString(),
				"$.regions[*].states[?(@.code=='" + state + "')].counts.individuals");
	}

	@Test
	void thePageDrawsTheMapAndCallsOutNewMexicoWhereTheComponentHasNobody() throws Exception {
		individual("TX", "IMMIGRATION");
		individual("OK", "IMMIGRATION");
		organization("LA", "IMMIGRATION");

		String page = html(mvc, get("/crm/reports/outreach").param("component", component).param("issue", "IMMIGRATION")
			.with(analyst), 200);
		assertThat(page).contains("<h1>Outreach by state and region</h1>")
			.contains("Stakeholders on Immigration, of " + component + ": 3 (individuals 2, organizations 1)")
			.contains("id=\"outreach-map\"")
			.contains("data-state=\"NM\"")
			.contains("New Mexico (Region VI): 0 stakeholders")
			.contains("Texas (Region VI): 1 stakeholders");
		String gaps = between(page, "id=\"outreach-gaps\"", "</div>");
		assertThat(gaps).contains("New Mexico").contains("Arkansas").doesNotContain("Texas").doesNotContain("Region VI,")
			.as("a region with nobody is named first").contains("Region I,");
		String newMexico = between(page, "id=\"state-NM\"", "</tr>");
		assertThat(newMexico).contains("nobody");
		assertThat(between(page, "id=\"state-TX\"", "</tr>")).doesNotContain("nobody");

		String byRegion = html(mvc, get("/crm/reports/outreach").param("component", component).param("view", "region")
			.with(analyst), 200);
		assertThat(byRegion).contains("Map of stakeholders per FEMA region")
			.as("New Mexico is shaded by its region's stakeholders").contains("New Mexico (Region VI): 0 stakeholders");
	}

	@Test
	void aFilterThatMakesNoSenseIsNamedAndCountsNothing() throws Exception {
		report("issue", "WORLD_PEACE").andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("issue")));
		report("component", "1CE").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("component")));
		report("from", "2026-06-01", "to", "2026-01-01").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("from")));
		report("from", "yesterday").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		String page = html(mvc, get("/crm/reports/outreach").param("from", "2026-13-45").with(analyst), 422);
		assertThat(page).contains("Enter the date as YYYY-MM-DD").contains("value=\"2026-13-45\"")
			.doesNotContain("id=\"outreach-map\"");
	}

	@Test
	void onlyCrmUsersRunTheReport() throws Exception {
		mvc.perform(get("/api/crm/reports/outreach").with(CrmUsers.ESEC_CLERK.token()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/crm/reports/outreach").with(CrmUsers.ESEC_CLERK.token()))
			.andExpect(status().isForbidden());
	}

	private ResultActions report(String... params) throws Exception {
		var request = get("/api/crm/reports/outreach").with(analyst);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request);
	}

	private static int read(String json, String path) {
		net.minidev.json.JSONArray values = JsonPath.read(json, path);
		assertThat(values).as(path).hasSize(1);
		return ((Number) values.getFirst()).intValue();
	}

	private static String between(String page, String start, String end) {
		int from = page.indexOf(start);
		assertThat(from).as(start).isNotNegative();
		return page.substring(from, page.indexOf(end, from));
	}

	private String individual(String state, String issue) throws Exception {
		String address = state == null ? "" : """
				"address":{"street1":"1 Main St","city":"Anytown","state":"%s","zip":"79901"},""".formatted(state);
		String body = mvc.perform(post("/api/crm/individuals").with(analyst).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"firstName":"Rosa","lastName":"Outreach","workPhone":"(915) 555-0110",%s"issues":["%s"]}"""
					.formatted(address, issue)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private void organization(String state, String issue) throws Exception {
		mvc.perform(post("/api/crm/organizations").with(analyst).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"Outreach Partners %s","address":{"street1":"1 Main St","city":"Anytown","state":"%s",
						 "zip":"79901"},"issues":["%s"]}""".formatted(component, state, issue)))
			.andExpect(status().isCreated());
	}

	private void interaction(String individual, String day) throws Exception {
		mvc.perform(post("/api/crm/individuals/{id}/interactions", individual).with(analyst)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"mode":"MEETING","occurredAt":"%s","outcome":"Conference follow-up"}""".formatted(day)))
			.andExpect(status().isCreated());
	}
}
