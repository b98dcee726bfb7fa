package org.casekeep.crm;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.casekeep.kernel.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casekeep.crm.CrmPageTesting.page;
import static org.casekeep.kernel.testing.PageTesting.html;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Events DHS collaborated on (CRM PIA 1.1, item 3) over the API and on the pages, against the embedded PostgreSQL, as
 * the demo users: attending is contact, once per attendee per event; every CRM user sees an event, only its owner or
 * a CRM administrator of its component changes it; bad input is refused naming the field.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class EngagementsIntegrationTests {

	@Autowired
	MockMvc mvc;

	/** An individual and an organization owned by ice-liaison (ICE), with names no other test uses. */
	String lastName;
	String individualId;
	String organizationId;

	@BeforeEach
	void iceLiaisonRecordsStakeholders() throws Exception {
		lastName = CrmPageTesting.uniqueName("Attendon");
		individualId = created(post("/api/crm/individuals"), """
				{"firstName":"Ada","lastName":"%s","email":"ada@example.org","issues":["ONE_DHS"]}""".formatted(lastName));
		organizationId = created(post("/api/crm/organizations"), """
				{"name":"%s Coalition","issues":["IMMIGRATION"]}""".formatted(lastName));
	}

	@Test
	void addingAnIndividualRecordsOneEventInteractionAndMovesTheLastContactToTheEventsDay() throws Exception {
		LocalDate heldOn = LocalDate.now(ZoneOffset.UTC);
		String id = event(CrmUsers.ICE_LIAISON, "Border roundtable", heldOn);
		String attendees = """
				{"individualIds":["%s"],"organizationIds":["%s"]}""".formatted(individualId, organizationId);

		attend(CrmUsers.ICE_LIAISON, id, attendees).andExpect(status().isOk())
			.andExpect(jsonPath("$.individuals[0].id").value(individualId))
			.andExpect(jsonPath("$.individuals[0].name").value("Ada " + lastName))
			.andExpect(jsonPath("$.organizations[0].name").value(lastName + " Coalition"));
		// Added again (a double click, a retry): still one attendance, one interaction.
		attend(CrmUsers.ICE_LIAISON, id, attendees).andExpect(status().isOk())
			.andExpect(jsonPath("$.individuals.length()").value(1));

		mvc.perform(get("/api/crm/individuals/{id}/interactions", individualId).with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].mode").value("EVENT"))
			.andExpect(jsonPath("$[0].occurredAt").value(heldOn + "T00:00:00Z"))
			.andExpect(jsonPath("$[0].dhsComponent").value("ICE"))
			.andExpect(jsonPath("$[0].dhsUsername").value("ice-liaison"));
		mvc.perform(get("/api/crm/individuals/{id}", individualId).with(CrmUsers.ICE_LIAISON.token()))
			.andExpect(jsonPath("$.lastContactedAt").value(heldOn + "T00:00:00Z"));
		// An organization attending is contacted too: its page says when, since its year runs from then (PIA 3.2).
		mvc.perform(get("/api/crm/organizations/{id}", organizationId).with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(jsonPath("$.lastContactedAt").value(heldOn + "T00:00:00Z"));
		assertThat(html(mvc, page(get("/crm/organizations/{id}", organizationId), CrmUsers.PSO_ANALYST), 200))
			.contains("Last contact").contains(heldOn.format(java.time.format.DateTimeFormatter.ofPattern(
					"MMMM d, yyyy", java.util.Locale.US)));

		String individualPage = html(mvc, page(get("/crm/individuals/{id}", individualId), CrmUsers.PSO_ANALYST), 200);
		assertThat(individualPage).contains("Events attended").contains("href=\"/crm/engagements/" + id + "\"")
			.contains("Border roundtable");
	}

	@Test
	void aUserOfAnotherComponentSeesTheEventButCannotChangeIt() throws Exception {
		String id = event(CrmUsers.ICE_LIAISON, "Worksite guidance briefing", LocalDate.of(2026, 3, 2));

		mvc.perform(get("/api/crm/engagements/{id}", id).with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Worksite guidance briefing"))
			.andExpect(jsonPath("$.owningComponent").value("ICE"));
		mvc.perform(get("/api/crm/engagements").param("size", "100").with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.events[*].id").value(hasItem(id)));

		mvc.perform(put("/api/crm/engagements/{id}", id).with(CrmUsers.PSO_ANALYST.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"Renamed","heldOn":"2026-03-02","version":0}"""))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		attend(CrmUsers.PSO_ANALYST, id, """
				{"individualIds":["%s"]}""".formatted(individualId)).andExpect(status().isForbidden());
		mvc.perform(delete("/api/crm/engagements/{id}", id).with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/crm/individuals/{id}/interactions", individualId).with(CrmUsers.ICE_LIAISON.token()))
			.andExpect(jsonPath("$.length()").value(0));

		String detail = html(mvc, page(get("/crm/engagements/{id}", id), CrmUsers.PSO_ANALYST), 200);
		assertThat(detail).contains("<h1>Worksite guidance briefing</h1>")
			.doesNotContain("/crm/engagements/" + id + "/edit")
			.doesNotContain("Add an attendee")
			.doesNotContain("Delete this event");
		// The ESEC clerk, who has no CRM role, does not see it at all.
		mvc.perform(get("/api/crm/engagements/{id}", id).with(CrmUsers.ESEC_CLERK.token()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aCrmAdministratorOfTheOwningComponentCorrectsAnEventItsOtherUsersCannot() throws Exception {
		String id = event(CrmUsers.PSO_ANALYST, "Private sector roundtable", LocalDate.of(2026, 2, 10));
		String change = """
				{"name":"Private sector roundtable (Houston)","heldOn":"2026-02-10","issues":["ONE_DHS"],"version":0}""";

		mvc.perform(put("/api/crm/engagements/{id}", id).with(CrmUsers.PSO_OWNER.token())
				.contentType(MediaType.APPLICATION_JSON).content(change))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/crm/engagements/{id}", id).with(CrmUsers.PSO_ADMIN.token())
				.contentType(MediaType.APPLICATION_JSON).content(change))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Private sector roundtable (Houston)"))
			.andExpect(jsonPath("$.issues[0]").value("ONE_DHS"))
			.andExpect(jsonPath("$.version").value(1));
		// The same edit again is of a stale version: refused, so that no change is lost.
		mvc.perform(put("/api/crm/engagements/{id}", id).with(CrmUsers.PSO_ANALYST.token())
				.contentType(MediaType.APPLICATION_JSON).content(change))
			.andExpect(status().isConflict());
	}

	@Test
	void theListPagesNewestFirst() throws Exception {
		String older = event(CrmUsers.ICE_LIAISON, "Older listening session", LocalDate.of(2020, 1, 2));
		String newer = event(CrmUsers.ICE_LIAISON, "Newer listening session", LocalDate.of(2020, 1, 3));
		String all = mvc.perform(get("/api/crm/engagements").param("size", "100").with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		java.util.List<String> ids = JsonPath.read(all, "$.events[*].id");
		assertThat(ids).containsSubsequence(newer, older);
		mvc.perform(get("/api/crm/engagements").param("page", "0").param("size", "1")
				.with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.events.length()").value(1))
			.andExpect(jsonPath("$.number").value(0))
			.andExpect(jsonPath("$.hasNext").value(true));
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
		long before = TestDatabase.count("select count(*) from crm.engagement");
		mvc.perform(post("/api/crm/engagements").with(CrmUsers.ICE_LIAISON.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":" ","heldOn":"%s","endsOn":"yesterday","issues":["FISHING"]}"""
					.formatted(LocalDate.now(ZoneOffset.UTC).plusDays(3))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("name", "heldOn", "endsOn", "issues")));
		mvc.perform(post("/api/crm/engagements").with(CrmUsers.ICE_LIAISON.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"Two days","heldOn":"2026-05-02","endsOn":"2026-05-01"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("endsOn")));
		assertThat(TestDatabase.count("select count(*) from crm.engagement")).isEqualTo(before);

		String id = event(CrmUsers.ICE_LIAISON, "Attendee checks", LocalDate.of(2026, 4, 1));
		attend(CrmUsers.ICE_LIAISON, id, """
				{"individualIds":["not-a-uuid"]}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(org.hamcrest.Matchers.startsWith("individualIds")));
		attend(CrmUsers.ICE_LIAISON, id, """
				{"individualIds":["%s"],"organizationIds":["%s"]}""".formatted(UUID.randomUUID(), UUID.randomUUID()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("individualIds", "organizationIds")));
		attend(CrmUsers.ICE_LIAISON, id, "{}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("individualIds")));
		mvc.perform(get("/api/crm/engagements").param("size", "0").with(CrmUsers.ICE_LIAISON.token()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("size")));
		mvc.perform(get("/api/crm/engagements").param("page", "first").with(CrmUsers.ICE_LIAISON.token()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"));
	}

	@Test
	void everyReadAndChangeIsAudited() throws Exception {
		String id = event(CrmUsers.ICE_LIAISON, "Audited summit", LocalDate.of(2026, 6, 1));
		mvc.perform(get("/api/crm/engagements/{id}", id).with(CrmUsers.PSO_ANALYST.token())).andExpect(status().isOk());
		mvc.perform(delete("/api/crm/engagements/{id}", id).with(CrmUsers.ICE_LIAISON.token()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/crm/engagements/{id}", id).with(CrmUsers.ICE_LIAISON.token()))
			.andExpect(status().isNotFound());
		try (Connection db = TestDatabase.superuser(); ResultSet rs = db.createStatement().executeQuery("""
				select action, actor, fields from kernel.audit_entry
				where record_type = 'crm.engagement' and record_id = '%s' order by id""".formatted(id))) {
			StringBuilder trail = new StringBuilder();
			while (rs.next()) {
				trail.append(rs.getString("action")).append(' ').append(rs.getString("actor")).append(';');
			}
			assertThat(trail.toString()).contains("CREATE ice-liaison;").contains("READ pso-analyst;")
				.contains("DELETE ice-liaison;");
		}
	}

	@Test
	void theOwnerRecordsAnEventOnThePagesAndAddsAnAttendeeFoundByName() throws Exception {
		String refused = html(mvc, page(post("/crm/engagements").with(csrf()).param("name", "")
				.param("heldOn", "someday"), CrmUsers.ICE_LIAISON), 422);
		assertThat(refused).contains("There is a problem").contains("Name of the event is required")
			.contains("Date of the event must be a date as YYYY-MM-DD");
		String location = mvc.perform(page(post("/crm/engagements").with(csrf())
					.param("name", "Disaster preparedness town hall").param("heldOn", "2026-09-15")
					.param("location", "Houston, TX").param("issues", "DISASTER_RESPONSE"), CrmUsers.ICE_LIAISON))
			.andExpect(status().isSeeOther()).andReturn().getResponse().getHeader("Location");
		assertThat(location).startsWith("/crm/engagements/");
		String id = location.substring("/crm/engagements/".length());

		String search = html(mvc, page(get("/crm/engagements/{id}", id).param("q", lastName), CrmUsers.ICE_LIAISON), 200);
		assertThat(search).contains("Disaster Response").contains("Houston, TX")
			.contains("value=\"individual:" + individualId + "\"")
			.contains("value=\"organization:" + organizationId + "\"");

		mvc.perform(page(post("/crm/engagements/{id}/attendees", id).with(csrf())
				.param("attendee", "individual:" + individualId), CrmUsers.ICE_LIAISON))
			.andExpect(status().isSeeOther());
		String detail = html(mvc, page(get("/crm/engagements/{id}", id), CrmUsers.PSO_ANALYST), 200);
		assertThat(detail).contains("href=\"/crm/individuals/" + individualId + "\"").contains("Ada " + lastName);
		String list = html(mvc, page(get("/crm/engagements"), CrmUsers.PSO_ANALYST), 200);
		assertThat(list).contains("<h1>Events</h1>").contains("href=\"/crm/engagements/" + id + "\"");
	}

	private String event(CrmUsers user, String name, LocalDate heldOn) throws Exception {
		return created(post("/api/crm/engagements"), """
				{"name":"%s","heldOn":"%s","agenda":"Opening remarks","issues":["immigration"]}"""
			.formatted(name, heldOn), user);
	}

	private ResultActions attend(CrmUsers user, String id, String body) throws Exception {
		return mvc.perform(post("/api/crm/engagements/{id}/attendees", id).with(user.token())
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private String created(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String body) throws Exception {
		return created(request, body, CrmUsers.ICE_LIAISON);
	}

	private String created(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String body, CrmUsers user) throws Exception {
		var result = mvc.perform(request.with(user.token()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn().getResponse();
		String response = result.getContentAsString();
		assertThat(result.getStatus()).as(response).isEqualTo(201);
		return JsonPath.read(response, "$.id");
	}
}
