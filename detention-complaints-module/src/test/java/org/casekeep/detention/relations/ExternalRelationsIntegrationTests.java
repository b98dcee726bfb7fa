package org.casekeep.detention.relations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.casekeep.detention.OidoUsers;
import org.casekeep.detention.events.StakeholderEngagementHeld;
import org.casekeep.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * OIDO's external relations against the embedded PostgreSQL (PIA overview "External Relations", 2.1-2.3, 4.3, 8.1):
 * the public source is required, organizations come first, a removal on request deletes the stakeholder's personal
 * data and is audited, an engagement held is told to the CRM once, and reminders reach their owner.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class ExternalRelationsIntegrationTests {

	static final String PATH = "/api/detention/relations";

	@Autowired
	MockMvc mvc;

	@Autowired
	ReminderNotices notices;

	@Test
	void aStakeholderWithoutItsPublicSourceIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
		String name = "No Source Coalition " + UUID.randomUUID();
		add(OidoUsers.ANALYST.token(), """
				{"kind":"ORGANIZATION","name":"%s","sourceKind":"PUBLIC_WEBSITE","sourceDetail":" "}""".formatted(name))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("sourceDetail")));
		add(OidoUsers.ANALYST.token(), """
				{"kind":"ORGANIZATION","name":"%s","sourceKind":"PUBLIC_WEBSITE","sourceDetail":"our notes"}"""
			.formatted(name))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("sourceDetail"));
		add(OidoUsers.ANALYST.token(), """
				{"kind":"ORGANIZATION","name":"%s"}""".formatted(name))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("sourceKind")));
		assertThat(TestDatabase.count("select count(*) from detention.stakeholder where name = '" + name + "'")).isZero();
	}

	@Test
	void aPersonFromAPublicSourceIsRecordedOnlyWithTheirOrganizationAndOrganizationsAreListedFirst() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		add(OidoUsers.ANALYST.token(), individual("Pat Web " + suffix, null, "PUBLIC_WEBSITE", "https://example.org/staff"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("organizationId"));
		String organization = id(add(OidoUsers.ANALYST.token(), organization("AAA Advocates " + suffix, suffix))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.sourceLabel").value("Organization's public website"))
			.andExpect(jsonPath("$.phone").value("+1 202-555-0143")));
		add(OidoUsers.ANALYST.token(), individual("Pat Web " + suffix, organization, "PUBLIC_WEBSITE",
				"https://example.org/staff"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.organizationId").value(organization));
		// A person who contacted OIDO themselves may stand alone (PIA 2.2).
		add(OidoUsers.MANAGER.token(), individual("Ann Caller " + suffix, null, "CONTACTED_OIDO",
				"Called the OIDO line on 2026-11-02"))
			.andExpect(status().isCreated());
		String page = mvc.perform(get(PATH + "/stakeholders").param("size", "100").with(OidoUsers.ANALYST.token()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		java.util.List<String> kinds = JsonPath.read(page, "$.items[*].kind");
		assertThat(kinds).as("organizations first (PIA 2.2)").isSortedAccordingTo(
				java.util.Comparator.comparing(kind -> kind.equals("ORGANIZATION") ? 0 : 1));
		assertThat(TestDatabase.count("select count(*) from kernel.audit_entry where record_type = 'detention.stakeholder'"
				+ " and action = 'READ' and record_id = '" + organization + "' and actor = 'oido-analyst'"))
			.as("every read of a stakeholder is audited").isPositive();
	}

	@Test
	void intakeStaffAndOtherComponentsSeeNothingOfTheOfficesRelations() throws Exception {
		String organization = id(add(OidoUsers.ANALYST.token(), organization("Closed Circle " + UUID.randomUUID(), "1"))
			.andExpect(status().isCreated()));
		for (OidoUsers outsider : new OidoUsers[] { OidoUsers.INTAKE, OidoUsers.ICE_WITH_OIDO_ROLE, OidoUsers.ADMIN }) {
			mvc.perform(get(PATH + "/stakeholders/{id}", organization).with(outsider.token()))
				.andExpect(status().isForbidden());
			mvc.perform(get(PATH + "/stakeholders").with(outsider.token())).andExpect(status().isForbidden());
			add(outsider.token(), organization("Outsider " + UUID.randomUUID(), "2")).andExpect(status().isForbidden());
		}
	}

	@Test
	void aStakeholderWhoAsksToBeRemovedIsDeletedTheEngagementKeepsACountAndTheRemovalIsAudited() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String organization = id(add(OidoUsers.ANALYST.token(), organization("Remove Me Org " + suffix, suffix)));
		String person = id(add(OidoUsers.ANALYST.token(), individual("Rita Remove " + suffix, organization,
				"PUBLIC_WEBSITE", "https://example.org/rita")));
		String engagement = id(recordEngagement(LocalDate.now(ZoneOffset.UTC).minusDays(3), organization, person)
			.andExpect(status().isCreated()));

		mvc.perform(post(PATH + "/stakeholders/{id}/removal", organization).with(OidoUsers.ANALYST.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"REQUESTED\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		mvc.perform(post(PATH + "/stakeholders/{id}/removal", organization).with(OidoUsers.ANALYST.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"reason\":\"NO_FURTHER_CORRESPONDENCE\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stakeholdersRemoved").value(2))
			.andExpect(jsonPath("$.engagementsAnonymized").value(2));

		assertThat(TestDatabase.count("select count(*) from detention.stakeholder where name like '%" + suffix + "%'"))
			.as("their personal data is gone").isZero();
		assertThat(TestDatabase.count("select count(*) from detention.engagement_participant where engagement_id = '"
				+ engagement + "'")).isZero();
		mvc.perform(get(PATH + "/engagements/{id}", engagement).with(OidoUsers.ANALYST.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.participants").isEmpty())
			.andExpect(jsonPath("$.removedParticipants").value(2));
		assertThat(TestDatabase.count("select count(*) from kernel.audit_entry where record_type = 'detention.stakeholder'"
				+ " and action = 'DELETE' and record_id in ('" + organization + "', '" + person + "')"
				+ " and actor = 'oido-analyst' and details like '%NO_FURTHER_CORRESPONDENCE%'")).isEqualTo(2);
		assertThat(TestDatabase.count("select count(*) from kernel.audit_entry where details like '%" + suffix + "%'"))
			.as("the audit holds nothing the record held").isZero();
		mvc.perform(get(PATH + "/stakeholders/{id}", person).with(OidoUsers.ANALYST.token()))
			.andExpect(status().isNotFound());
	}

	@Test
	void anEngagementHeldIsToldToTheCrmOnceWithItsParticipantsEmailsLowerCased(AssertablePublishedEvents events)
			throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String organization = id(add(OidoUsers.ANALYST.token(), organization("Held Org " + suffix, suffix)));
		String person = id(add(OidoUsers.ANALYST.token(), """
				{"kind":"INDIVIDUAL","name":"Hal Held %s","organizationId":"%s","email":"Hal.Held.%s@Example.org",
				 "sourceKind":"CONTACTED_OIDO","sourceDetail":"Wrote to OIDO"}""".formatted(suffix, organization, suffix)));
		LocalDate heldOn = LocalDate.now(ZoneOffset.UTC).minusDays(1);
		String body = recordEngagement(heldOn, organization, person).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String engagement = JsonPath.read(body, "$.id");

		String held = mvc.perform(post(PATH + "/engagements/{id}/held", engagement).with(OidoUsers.ANALYST.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.held").value(true))
			.andReturn().getResponse().getContentAsString();
		int version = JsonPath.read(held, "$.version");
		// Marked held again (a retried request) and saved again: nothing more is told.
		mvc.perform(post(PATH + "/engagements/{id}/held", engagement).with(OidoUsers.ANALYST.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + version + "}"))
			.andExpect(status().isOk());
		mvc.perform(put(PATH + "/engagements/{id}", engagement).with(OidoUsers.ANALYST.token())
				.contentType(MediaType.APPLICATION_JSON).content(engagementJson(heldOn, version, organization, person)
					.replace("Facility advocates meeting", "Facility advocates meeting (notes)")))
			.andExpect(status().isOk());

		UUID id = UUID.fromString(engagement);
		assertThat(events.ofType(StakeholderEngagementHeld.class).matching(e -> e.engagementId().equals(id)))
			.hasSize(1)
			.first()
			.satisfies(event -> {
				assertThat(event.attendeeEmails()).containsExactly("hal.held." + suffix + "@example.org",
						"info-" + suffix + "@example.org");
				assertThat(event.subjects()).containsExactly("DETENTION_STANDARDS", "MEDICAL_CARE");
				assertThat(event.heldOn()).isEqualTo(heldOn);
				assertThat(event.owningComponent()).isEqualTo("OIDO");
			});
	}

	@Test
	void aChangeOnAStaleVersionIsRefusedWith409AndAnEngagementIsNotHeldBeforeItBegins() throws Exception {
		String orgName = "Stale Org " + UUID.randomUUID();
		String organization = id(add(OidoUsers.ANALYST.token(), organization(orgName, "3")));
		String changed = organization(orgName + " (renamed)", "3").replace("}\n", ",\"version\":0}\n").strip();
		changed = changed.substring(0, changed.length() - 1) + ",\"version\":0}";
		mvc.perform(put(PATH + "/stakeholders/{id}", organization).with(OidoUsers.ANALYST.token())
				.contentType(MediaType.APPLICATION_JSON).content(changed))
			.andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
		mvc.perform(put(PATH + "/stakeholders/{id}", organization).with(OidoUsers.MANAGER.token())
				.contentType(MediaType.APPLICATION_JSON).content(changed.replace("renamed", "renamed twice")))
			.andExpect(status().isConflict());
		assertThat(TestDatabase.single("select name from detention.stakeholder where id = ?::uuid", organization))
			.as("the later change on a stale version is not written").isEqualTo(orgName + " (renamed)");
		String engagement = id(recordEngagement(LocalDate.now(ZoneOffset.UTC).plusDays(10), organization, null));
		mvc.perform(post(PATH + "/engagements/{id}/held", engagement).with(OidoUsers.ANALYST.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
			.andExpect(status().isConflict());
		mvc.perform(put(PATH + "/engagements/{id}", engagement).with(OidoUsers.ANALYST.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content(engagementJson(LocalDate.now(ZoneOffset.UTC).plusDays(10), 0, organization, null)))
			.andExpect(status().isOk());
		mvc.perform(put(PATH + "/engagements/{id}", engagement).with(OidoUsers.MANAGER.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content(engagementJson(LocalDate.now(ZoneOffset.UTC).plusDays(11), 0, organization, null)))
			.andExpect(status().isConflict());
	}

	@Test
	void aReminderIsListedUntilDoneAndItsOwnerIsToldOnceWhenDue() throws Exception {
		String organization = id(add(OidoUsers.ANALYST.token(), organization("Remind Org " + UUID.randomUUID(), "4")));
		String engagement = id(recordEngagement(LocalDate.now(ZoneOffset.UTC).minusDays(2), organization, null));
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		String body = mvc.perform(post(PATH + "/engagements/{id}/reminders", engagement).with(OidoUsers.ANALYST.token())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"version":0,"dueOn":"%s","action":"Send the follow-up letter","owner":"oido-manager",
						 "sendNotice":true}""".formatted(today)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String reminder = JsonPath.read(body, "$.reminders[0].id");
		mvc.perform(post(PATH + "/engagements/{id}/reminders", engagement).with(OidoUsers.ANALYST.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"version\":1,\"action\":\"x\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("dueOn"));
		mvc.perform(get(PATH + "/reminders").with(OidoUsers.MANAGER.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].reminders[*].id").value(hasItem(reminder)));

		assertThat(notices.sendDue(Instant.now())).isPositive();
		notices.sendDue(Instant.now());
		assertThat(TestDatabase.count("select count(*) from kernel.notification where recipient = 'oido-manager'"
				+ " and dedup_key = 'engagement-reminder:" + reminder + "' and link like '%" + engagement + "'"))
			.as("told once, linking to the engagement").isEqualTo(1);

		String current = mvc.perform(get(PATH + "/engagements/{id}", engagement).with(OidoUsers.ANALYST.token()))
			.andReturn().getResponse().getContentAsString();
		int version = JsonPath.read(current, "$.version");
		mvc.perform(post(PATH + "/engagements/{id}/reminders/{r}/done", engagement, reminder)
				.with(OidoUsers.MANAGER.token()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + version + "}"))
			.andExpect(status().isOk());
		String due = mvc.perform(get(PATH + "/reminders").with(OidoUsers.MANAGER.token()))
			.andReturn().getResponse().getContentAsString();
		assertThat(due).doesNotContain(reminder);
	}

	@Test
	void materialsAreCheckedByContentAndTheirDownloadIsReadAudited() throws Exception {
		String organization = id(add(OidoUsers.ANALYST.token(), organization("Material Org " + UUID.randomUUID(), "5")));
		String engagement = id(recordEngagement(LocalDate.now(ZoneOffset.UTC).minusDays(1), organization, null));
		byte[] pdf = org.casekeep.kernel.testing.Documents.pdf("Agenda of the facility advocates meeting");
		byte[] zip = { 'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0 };
		upload(engagement, OidoUsers.ANALYST.token(), "slides.zip", zip).andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		upload(engagement, OidoUsers.INTAKE.token(), "slides.pdf", pdf).andExpect(status().isForbidden());
		assertThat(TestDatabase.count("select count(*) from detention.engagement_material where engagement_id = '"
				+ engagement + "'")).as("nothing stored for a refused file").isZero();
		String material = id(upload(engagement, OidoUsers.ANALYST.token(), "C:\\decks\\slides.pdf", pdf)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.mediaType").value("application/pdf"))
			.andExpect(jsonPath("$.fileName").value("slides.pdf")));
		mvc.perform(get(PATH + "/engagements/{id}/materials/{m}", engagement, material).with(OidoUsers.MANAGER.token()))
			.andExpect(status().isOk());
		assertThat(TestDatabase.single("""
				select fields from kernel.audit_entry where record_type = 'detention.engagement-material'
				and record_id = ? and action = 'READ' and actor = 'oido-manager'""", material)).contains("content");
	}

	private ResultActions upload(String engagement, RequestPostProcessor user, String name, byte[] bytes)
			throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart(PATH + "/engagements/{id}/materials", engagement)
			.file(new org.springframework.mock.web.MockMultipartFile("file", name, "application/octet-stream", bytes))
			.with(user));
	}

	private ResultActions add(RequestPostProcessor user, String json) throws Exception {
		return mvc.perform(post(PATH + "/stakeholders").with(user).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions recordEngagement(LocalDate startsOn, String organization, String person) throws Exception {
		return mvc.perform(post(PATH + "/engagements").with(OidoUsers.ANALYST.token())
				.contentType(MediaType.APPLICATION_JSON).content(engagementJson(startsOn, null, organization, person)));
	}

	private static String engagementJson(LocalDate startsOn, Integer version, String organization, String person) {
		return """
				{"name":"Facility advocates meeting","type":"MEETING","startsOn":"%s","location":"OIDO, Washington DC",
				 "subject":"Medical care at the processing center","areas":["medical_care","DETENTION_STANDARDS"],
				 "staff":["oido-analyst"],"participants":[%s],"version":%s}""".formatted(startsOn,
				person == null ? "\"" + organization + "\"" : "\"" + organization + "\",\"" + person + "\"", version);
	}

	private static String organization(String name, String tag) {
		return """
				{"kind":"ORGANIZATION","name":"%s","email":"info-%s@example.org","phone":"202-555-0143",
				 "address":{"street1":"1 Main St","city":"El Paso","state":"TX","zip":"79901"},
				 "sourceKind":"PUBLIC_WEBSITE","sourceDetail":"https://example.org/about",
				 "areasOfInterest":["DETENTION_STANDARDS"]}""".formatted(name, tag);
	}

	private static String individual(String name, String organization, String source, String detail) {
		return """
				{"kind":"INDIVIDUAL","name":"%s","organizationId":%s,"sourceKind":"%s","sourceDetail":"%s"}"""
			.formatted(name, organization == null ? "null" : "\"" + organization + "\"", source, detail);
	}

	private static String id(ResultActions result) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
	}
}
