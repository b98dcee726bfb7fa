package org.casekeep.detention.inspections;

import java.util.Set;

import com.jayway.jsonpath.JsonPath;

import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.testing.SignedIn;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OIDO users of the inspection tests (the demo realm's, keycloak/casekeep-realm.json, and a second investigator),
 * and the requests they make.
 */
enum InspectionTeam {

	AUDITOR("oido-auditor", OidoRoles.COMPONENT, OidoRoles.JUNIOR_AUDITOR),
	INVESTIGATOR("oido-investigator", OidoRoles.COMPONENT, OidoRoles.INVESTIGATOR),
	OTHER_INVESTIGATOR("oido-investigator-2", OidoRoles.COMPONENT, OidoRoles.INVESTIGATOR),
	MANAGER("oido-manager", OidoRoles.COMPONENT, OidoRoles.MANAGER),
	ANALYST("oido-analyst", OidoRoles.COMPONENT, OidoRoles.ANALYST),
	INTAKE("oido-intake", OidoRoles.COMPONENT, OidoRoles.INTAKE),
	/** Another component with an OIDO role: still nothing (PIA 3.3). */
	ICE_WITH_OIDO_ROLE("ice-investigator", "ICE", OidoRoles.INVESTIGATOR);

	private final Actor actor;

	InspectionTeam(String username, String component, String... roles) {
		this.actor = new Actor(username, component, Set.of(roles));
	}

	String username() {
		return actor.username();
	}

	/** The user, with their annual privacy training recorded as current (PIA 8.2), as every OIDO user has. */
	Actor actor() {
		org.casekeep.kernel.testing.PrivacyTrainingRecords.completedToday(actor.username(), actor.component());
		return actor;
	}

	RequestPostProcessor token() {
		return SignedIn.as(actor());
	}

	static final String PATH = "/api/detention/inspections";

	/** A file as the junior auditor opens it. */
	static String opening(String facility, String type, String from, String to) {
		return """
				{"triggerKind":"COMPLAINT","triggerCaseNumber":"OIDO-2026-000042",
				 "triggerDescription":"Complaints about access to medical care in the segregation unit",
				 "facility":"%s","inspectionType":"%s","plannedFrom":"%s","plannedTo":"%s"}"""
			.formatted(facility, type, from, to);
	}

	/** Opens a file as the junior auditor and answers its id. */
	static String open(MockMvc mvc, String json) throws Exception {
		String body = mvc.perform(post(PATH).with(AUDITOR.token()).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	/** The file's current version, as a manager reads it. */
	static int version(MockMvc mvc, String id) throws Exception {
		String body = mvc.perform(get(PATH + "/{id}", id).with(MANAGER.token()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.version");
	}

	static String fileNumber(MockMvc mvc, String id) throws Exception {
		String body = mvc.perform(get(PATH + "/{id}", id).with(MANAGER.token()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.fileNumber");
	}

	/** A step on the file by this user, with the current version added to the body's other members. */
	ResultActions step(MockMvc mvc, String id, String path, String members) throws Exception {
		String body = "{\"version\":" + version(mvc, id) + (members.isBlank() ? "" : "," + members) + "}";
		return mvc.perform(post(PATH + "/{id}/" + path, id).with(token()).contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	/** Every office asked and answering "no conflict", by this user. */
	void deconflict(MockMvc mvc, String id) throws Exception {
		for (String office : new String[] { "OIG", "CRCL", "ICE_OPR", "CBP_OPR" }) {
			step(mvc, id, "deconfliction/" + office + "/asked", "").andExpect(status().isOk());
			step(mvc, id, "deconfliction/" + office + "/answer", "\"answer\":\"NO_CONFLICT\"")
				.andExpect(status().isOk());
		}
	}

	/** A manager overrides deconfliction and schedules; then this file is visited on the given day. */
	static void visited(MockMvc mvc, String id, String day) throws Exception {
		MANAGER.step(mvc, id, "deconfliction/override", "\"reason\":\"Urgent: reported deaths\"")
			.andExpect(status().isOk());
		MANAGER.step(mvc, id, "schedule", "").andExpect(status().isOk());
		MANAGER.step(mvc, id, "visit", "\"inspectionDate\":\"" + day + "\",\"notes\":\"Walked the units\"")
			.andExpect(status().isOk());
	}
}
