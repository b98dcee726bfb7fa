package org.casekeep.crm;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casekeep.crm.CrmPageTesting.page;
import static org.casekeep.crm.CrmPageTesting.uniqueName;
import static org.casekeep.kernel.testing.PageTesting.html;
import static org.casekeep.kernel.testing.TestDatabase.count;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Searching the CRM as a caller does: rows that say how to reach a stakeholder and whom to ask, sorted and paged the
 * same way in the API and the pages, and enum values read in any case in bodies and parameters (CRM PIA 1.1, 2.x).
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class CrmSearchIntegrationTests {

	@Autowired
	MockMvc mvc;

	/** A word only this test's individuals have in their last names, so that a search finds exactly them. */
	String token;

	/** Owned by pso-owner, contacted on November 1. */
	String alpha;

	/** Owned by ice-liaison, never contacted. */
	String bravo;

	/** Owned by pso-analyst, contacted on November 20. */
	String charlie;

	@BeforeEach
	void threeOwnersRecordTheirStakeholders() throws Exception {
		token = uniqueName("Sortq");
		alpha = create(CrmUsers.PSO_OWNER, "Ann", token + "a", "(202) 555-0101");
		bravo = create(CrmUsers.ICE_LIAISON, "Ben", token + "b", "(202) 555-0102");
		charlie = create(CrmUsers.PSO_ANALYST, "Cat", token + "c", "(202) 555-0103");
		contact(alpha, "2026-11-01");
		contact(charlie, "2026-11-20");
	}

	@Test
	void aSearchRowShowsWorkPhoneOrganizationOwnerAndComponentButNoRestrictedField() throws Exception {
		mvc.perform(get("/api/crm/individuals").param("name", token + "b").with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].workPhone").value("+1 202-555-0102"))
			.andExpect(jsonPath("$[0].organizationName").value("Rio Grande Chamber"))
			.andExpect(jsonPath("$[0].ownerUsername").value("ice-liaison"))
			.andExpect(jsonPath("$[0].owningComponent").value("ICE"))
			.andExpect(jsonPath("$[0].cellPhone").doesNotExist())
			.andExpect(jsonPath("$[0].email").doesNotExist());

		String row = html(mvc, page(get("/crm/individuals").param("name", token + "b"), CrmUsers.PSO_ANALYST), 200);
		assertThat(row).contains("<th scope=\"col\">Work phone</th>", "+1 202-555-0102", "Rio Grande Chamber",
				"<td data-label=\"Owner\">ice-liaison</td>", "<td data-label=\"Last contacted\">Never</td>")
			.as("the cell phone restricted to ICE's contact viewers is not in the list").doesNotContain("555-0199");
	}

	@Test
	void resultsAreSortedByNameByLastContactOrByOwnerInAnyCase() throws Exception {
		assertThat(ids(null)).containsExactly(alpha, bravo, charlie);
		assertThat(ids("lastContacted")).as("most recent first, never contacted last")
			.containsExactly(charlie, alpha, bravo);
		assertThat(ids("LASTCONTACTED")).containsExactly(charlie, alpha, bravo);
		assertThat(ids("owner")).as("ice-liaison, pso-analyst, pso-owner").containsExactly(bravo, charlie, alpha);

		String page = html(mvc, page(get("/crm/individuals").param("name", token).param("sort", "owner"),
				CrmUsers.PSO_ANALYST), 200);
		assertThat(page.indexOf("Ben " + token + "b")).isLessThan(page.indexOf("Cat " + token + "c"));
		assertThat(page.indexOf("Cat " + token + "c")).isLessThan(page.indexOf("Ann " + token + "a"));
		assertThat(page).containsPattern("<option value=\"owner\" selected=\"selected\">Owner</option>");
	}

	@Test
	void anUnknownSortKeyIsRefusedNamingSort() throws Exception {
		mvc.perform(get("/api/crm/individuals").param("sort", "last_name; drop table crm.individual")
				.with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sort"))
			.andExpect(jsonPath("$.detail").value("'sort' must be one of: name, lastContacted, owner"));
		mvc.perform(get("/api/crm/organizations").param("sort", "lastContacted").with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sort"))
			.andExpect(jsonPath("$.detail").value("'sort' must be one of: name, owner"));
		assertThat(count("select count(*) from crm.individual where last_name like '" + token + "%'")).isEqualTo(3);
	}

	@Test
	void theApiGivesOnePageOfRowsAndTheTotalFound() throws Exception {
		mvc.perform(get("/api/crm/individuals").param("name", token).param("size", "2")
				.with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Total-Count", "3"))
			.andExpect(jsonPath("$[*].id", contains(alpha, bravo)));
		mvc.perform(get("/api/crm/individuals").param("name", token).param("size", "2").param("page", "2")
				.with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Total-Count", "3"))
			.andExpect(jsonPath("$[*].id", contains(charlie)));
	}

	@Test
	void aPageOrSizeOutOfRangeIsRefusedNamingIt() throws Exception {
		mvc.perform(get("/api/crm/individuals").param("page", "0").with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"));
		mvc.perform(get("/api/crm/organizations").param("size", "1000").with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		mvc.perform(get("/api/crm/individuals").param("page", "two").with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"));
	}

	@Test
	void theListPageSaysWhereThePageStandsAndLinksTheNextWithTheSameSearch() throws Exception {
		String first = html(mvc, page(get("/crm/individuals").param("name", token).param("sort", "lastContacted")
				.param("size", "2"), CrmUsers.PSO_ANALYST), 200);
		assertThat(first).contains("3 individuals found", "Showing 1–2 of 3", "Page 1 of 2", "Cat " + token + "c",
				"Ann " + token + "a")
			.doesNotContain("Ben " + token + "b")
			.contains("href=\"/crm/individuals?name=" + token + "&amp;sort=lastContacted&amp;size=2&amp;page=2\"")
			.doesNotContain("rel=\"prev\"");

		String second = html(mvc, page(get("/crm/individuals").param("name", token).param("sort", "lastContacted")
				.param("size", "2").param("page", "2"), CrmUsers.PSO_ANALYST), 200);
		assertThat(second).contains("Showing 3–3 of 3", "Ben " + token + "b")
			.doesNotContain("Cat " + token + "c")
			.contains("href=\"/crm/individuals?name=" + token + "&amp;sort=lastContacted&amp;size=2&amp;page=1\"")
			.doesNotContain("rel=\"next\"");

		String all = html(mvc, page(get("/crm/individuals").param("name", token), CrmUsers.PSO_ANALYST), 200);
		assertThat(all).as("one page needs no pagination").doesNotContain("aria-label=\"Pages\"");
	}

	@Test
	void organizationRowsShowOfficePhoneAndOwner() throws Exception {
		String name = "Org " + token;
		mvc.perform(post("/api/crm/organizations").with(CrmUsers.ICE_LIAISON.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"%s","officePhone":"(512) 555-0100","issues":["one_dhs"]}""".formatted(name)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.issues[0]").value("ONE_DHS"));
		String list = html(mvc, page(get("/crm/organizations").param("name", name).param("issue", "one_dhs"),
				CrmUsers.PSO_ANALYST), 200);
		assertThat(list).contains("1 organization found", "<td data-label=\"Office phone\">+1 512-555-0100</td>",
				"<td data-label=\"Owner\">ice-liaison</td>", "<td data-label=\"Issues\">OneDHS</td>")
			.as("the issue typed in lower case is the one the drop-down shows chosen")
			.contains("<option value=\"ONE_DHS\" selected=\"selected\">OneDHS</option>");
	}

	@Test
	void issuesInJsonBodiesAreReadInAnyCaseAndUnknownOnesAreRefusedNamingTheField() throws Exception {
		mvc.perform(post("/api/crm/individuals").with(CrmUsers.ICE_LIAISON.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"firstName":"Dee","lastName":"%sd","issues":["immigration","Secure_Borders"]}"""
					.formatted(token)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.issues", contains("IMMIGRATION", "SECURE_BORDERS")));
		mvc.perform(post("/api/crm/individuals").with(CrmUsers.ICE_LIAISON.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"firstName":"Eve","lastName":"%se","issues":["immigration","tourism"]}""".formatted(token)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("issues"));
		assertThat(count("select count(*) from crm.individual where last_name = '" + token + "e'")).isZero();
	}

	@Test
	void issuesInQueryParametersAreReadInAnyCaseAndUnknownOnesAreRefusedNamingTheParameter() throws Exception {
		for (String issue : List.of("immigration", "Immigration", "IMMIGRATION")) {
			mvc.perform(get("/api/crm/individuals").param("name", token).param("issue", issue)
					.with(CrmUsers.PSO_ANALYST.token()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[*].id", contains(alpha, bravo, charlie)));
		}
		mvc.perform(get("/api/crm/individuals").param("issue", "tourism").with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("issue"));

		mvc.perform(delete("/api/crm/individuals/{id}", bravo).param("channel", "email")
				.with(CrmUsers.ICE_LIAISON.token()))
			.andExpect(status().isNoContent());
		assertThat(count("select count(*) from crm.individual where id = '" + bravo + "'")).isZero();
	}

	@Test
	void aDeletionOnThePageTakesTheChannelInAnyCase() throws Exception {
		mvc.perform(page(post("/crm/individuals/{id}/delete", alpha), CrmUsers.PSO_OWNER).with(csrf())
				.param("channel", "in_person"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/crm/individuals"));
		assertThat(count("select count(*) from crm.individual where id = '" + alpha + "'")).isZero();
		assertThat(count("select count(*) from kernel.audit_entry where record_id = '" + alpha
				+ "' and action = 'DELETE' and details = 'request channel: IN_PERSON'")).isEqualTo(1);
	}

	@Test
	void theContactHistoryFormOffersModesByTheirLabels() throws Exception {
		String detail = html(mvc, page(get("/crm/individuals/{id}", alpha), CrmUsers.PSO_ANALYST), 200);
		assertThat(detail).contains("<option value=\"PHONE\">Phone call</option>", "<option value=\"EVENT\">Event</option>")
			.as("correspondence is recorded by the system only").doesNotContain("value=\"CORRESPONDENCE\"")
			.as("the recorded call reads as its label").contains("<td>Phone call</td>");
	}

	@Test
	void theContactHistoryOnAnIndividualsPageIsPagedNewestFirst() throws Exception {
		for (int day = 1; day <= 26; day++) {
			contact(bravo, "2026-10-%02d".formatted(day));
		}
		String first = html(mvc, page(get("/crm/individuals/{id}", bravo), CrmUsers.PSO_ANALYST), 200);
		assertThat(first).contains("Last contacted", "October 26, 2026", "Showing 1–25 of 26", "Oct 2, 2026")
			.doesNotContain("Oct 1, 2026")
			.contains("href=\"/crm/individuals/" + bravo + "?page=2#contact-history\"");
		String second = html(mvc, page(get("/crm/individuals/{id}", bravo).param("page", "2"), CrmUsers.PSO_ANALYST),
				200);
		assertThat(second).contains("Showing 26–26 of 26", "Oct 1, 2026")
			.as("the most recent contact is still the record's").contains("October 26, 2026")
			.doesNotContain("Oct 2, 2026");
	}

	private String create(CrmUsers owner, String firstName, String lastName, String workPhone) throws Exception {
		String body = mvc.perform(post("/api/crm/individuals").with(owner.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"firstName":"%s","lastName":"%s","organizationName":"Rio Grande Chamber","workPhone":"%s",
						 "cellPhone":"(915) 555-0199","issues":["IMMIGRATION"]}"""
					.formatted(firstName, lastName, workPhone)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private void contact(String id, String day) throws Exception {
		mvc.perform(post("/api/crm/individuals/{id}/interactions", id).with(CrmUsers.PSO_ANALYST.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"mode":"phone","occurredAt":"%s"}""".formatted(day)))
			.andExpect(status().isCreated());
	}

	private List<String> ids(String sort) throws Exception {
		var request = get("/api/crm/individuals").param("name", token).with(CrmUsers.PSO_ANALYST.token());
		if (sort != null) {
			request.param("sort", sort);
		}
		String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$[*].id");
	}
}
