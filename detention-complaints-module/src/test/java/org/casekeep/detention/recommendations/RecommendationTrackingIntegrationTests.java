package org.casekeep.detention.recommendations;

import java.util.Set;

import com.jayway.jsonpath.JsonPath;

import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.testing.PageTesting;
import org.casekeep.kernel.testing.SignedIn;
import org.casekeep.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Recommendations to components against the embedded PostgreSQL: from a complaint or a visited file, the component's
 * response and OIDO's follow-up kept as history rows with who and when (PIA overview, 1.1).
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class RecommendationTrackingIntegrationTests {

	static final String PATH = "/api/detention/recommendations";

	static final RequestPostProcessor ANALYST = as("oido-analyst", OidoRoles.ANALYST);

	static final RequestPostProcessor MANAGER = as("oido-manager", OidoRoles.MANAGER);

	static final RequestPostProcessor AUDITOR = as("oido-auditor", OidoRoles.JUNIOR_AUDITOR);

	static final RequestPostProcessor OTHER_INVESTIGATOR = as("oido-investigator-2", OidoRoles.INVESTIGATOR);

	static final RequestPostProcessor INTAKE = as("oido-intake", OidoRoles.INTAKE);

	@Autowired
	MockMvc mvc;

	@Test
	void aComponentsResponsesAndFollowUpAreKeptAsHistoryWithWhoAndWhen() throws Exception {
		String id = issue(ANALYST, """
				{"complaintCaseNumber":"OIDO-2026-000077","component":"ICE",
				 "text":"Provide interpretation at sick call in Spanish and K'iche'","dueOn":"2027-02-01"}""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andExpect(jsonPath("$.history", hasSize(1)))
			.andReturn().getResponse().getContentAsString();
		id = JsonPath.read(id, "$.id");
		step(ANALYST, id, "responses", "\"response\":\"NON_CONCUR\",\"note\":\"ICE: contract does not cover it\"")
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("NON_CONCURRED"));
		step(ANALYST, id, "follow-ups", "\"note\":\"Raised with ICE ERO at the quarterly meeting\"")
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("NON_CONCURRED"));
		step(MANAGER, id, "responses", "\"response\":\"CONCUR\",\"note\":\"ICE agrees after follow-up\"")
			.andExpect(status().isOk());
		step(ANALYST, id, "close", "\"note\":\"done\"").andExpect(status().isForbidden());
		step(MANAGER, id, "close", "").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("implemented or non-concurred")));
		step(ANALYST, id, "responses", "\"response\":\"IMPLEMENTED\",\"note\":\"Language line in place\"")
			.andExpect(status().isOk());
		step(MANAGER, id, "close", "\"note\":\"Verified on the next visit\"").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.history", hasSize(6)))
			.andExpect(jsonPath("$.history[1].kind").value("RESPONSE"))
			.andExpect(jsonPath("$.history[1].status").value("NON_CONCURRED"))
			.andExpect(jsonPath("$.history[1].recordedBy").value("oido-analyst"))
			.andExpect(jsonPath("$.history[1].recordedAt").exists())
			.andExpect(jsonPath("$.history[2].kind").value("FOLLOW_UP"))
			.andExpect(jsonPath("$.history[3].recordedBy").value("oido-manager"))
			.andExpect(jsonPath("$.history[3].status").value("CONCURRED"))
			.andExpect(jsonPath("$.history[5].kind").value("CLOSED"));
		step(MANAGER, id, "follow-ups", "\"note\":\"late\"").andExpect(status().isConflict());
		assertThat(TestDatabase.count("select count(*) from detention.recommendation_history where recommendation_id = '"
				+ id + "'")).isEqualTo(6);
		assertThat(TestDatabase.count("select count(*) from kernel.audit_entry where record_id = '" + id
				+ "' and action = 'UPDATE'")).isEqualTo(5);
		mvc.perform(post(PATH + "/{id}/follow-ups", id).with(ANALYST).contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":0,\"note\":\"stale\"}"))
			.andExpect(status().isConflict());
		String page = PageTesting.html(mvc, get("/detention/recommendations/{id}", id).with(ANALYST), 200);
		assertThat(page).contains("ICE agrees after follow-up").contains("Raised with ICE ERO").contains("oido-manager");
	}

	@Test
	void aRecommendationFromAFileFollowsItsVisitAndIsMadeByItsTeam() throws Exception {
		String file = JsonPath.read(mvc.perform(post("/api/detention/inspections").with(AUDITOR)
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"triggerKind":"INTERNAL_SCHEDULE","triggerDescription":"Yearly inspection","facility":"KROME",
						 "inspectionType":"UNANNOUNCED","plannedFrom":"2028-01-10","plannedTo":"2028-01-11"}"""))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		String draft = """
				{"inspectionFileId":"%s","component":"ICE","text":"Answer sick calls within 24 hours","dueOn":"2028-03-01"}"""
			.formatted(file);
		issue(AUDITOR, draft).andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("visited")));
		issue(OTHER_INVESTIGATOR, draft).andExpect(status().isNotFound());
		step(MANAGER, "/api/detention/inspections", file, "deconfliction/override", "\"reason\":\"Unannounced by law\"");
		step(MANAGER, "/api/detention/inspections", file, "schedule", "");
		step(MANAGER, "/api/detention/inspections", file, "visit", "\"inspectionDate\":\"2028-01-10\"");
		issue(OTHER_INVESTIGATOR, draft).andExpect(status().isForbidden());
		issue(AUDITOR, draft).andExpect(status().isCreated())
			.andExpect(jsonPath("$.sourceKind").value("INSPECTION"))
			.andExpect(jsonPath("$.inspectionFileNumber").value(containsString("OIDO-INS-")));
		issue(AUDITOR, """
				{"complaintCaseNumber":"OIDO-2026-000078","component":"CBP","text":"x","dueOn":"2028-03-01"}""")
			.andExpect(status().isForbidden());
	}

	@Test
	void badInputNamesTheFieldAndIntakeStaffHaveNoAccess() throws Exception {
		issue(ANALYST, "{\"complaintCaseNumber\":\"12\",\"component\":\"NASA\",\"dueOn\":\"soon\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("complaintCaseNumber",
					"component", "text", "dueOn")));
		issue(ANALYST, "{\"component\":\"ICE\",\"text\":\"x\",\"dueOn\":\"2027-01-01\"}")
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("source"));
		issue(INTAKE, "{\"complaintCaseNumber\":\"OIDO-2026-000079\",\"component\":\"ICE\",\"text\":\"x\",\"dueOn\":\"2027-01-01\"}")
			.andExpect(status().isForbidden());
		mvc.perform(get(PATH).with(INTAKE)).andExpect(status().isForbidden());
		mvc.perform(get(PATH).with(SignedIn.as(new Actor("ice-analyst", "ICE", Set.of(OidoRoles.ANALYST)))))
			.andExpect(status().isForbidden());
		mvc.perform(get(PATH).param("status", "WHATEVER").with(ANALYST)).andExpect(status().isBadRequest());
	}

	private ResultActions issue(RequestPostProcessor user, String json) throws Exception {
		return mvc.perform(post(PATH).with(user).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions step(RequestPostProcessor user, String id, String path, String members) throws Exception {
		return step(user, PATH, id, path, members);
	}

	private ResultActions step(RequestPostProcessor user, String base, String id, String path, String members)
			throws Exception {
		String body = mvc.perform(get(base + "/{id}", id).with(MANAGER)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		int version = JsonPath.read(body, "$.version");
		return mvc.perform(post(base + "/{id}/" + path, id).with(user).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + version + (members.isBlank() ? "" : "," + members) + "}"));
	}

	/** An OIDO user whose annual privacy training is current (PIA 8.2). */
	private static RequestPostProcessor as(String username, String role) {
		org.casekeep.kernel.testing.PrivacyTrainingRecords.completedToday(username, OidoRoles.COMPONENT);
		return SignedIn.as(new Actor(username, OidoRoles.COMPONENT, Set.of(role)));
	}
}
