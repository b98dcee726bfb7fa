package org.casekeep.detention.publication;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.casekeep.detention.OidoUsers;
import org.casekeep.kernel.testing.PageTesting;
import org.casekeep.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casekeep.detention.OidoUsers.ANALYST;
import static org.casekeep.detention.OidoUsers.ICE_LIAISON;
import static org.casekeep.detention.OidoUsers.MANAGER;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Public versions of final reports and of recommendations, against the embedded PostgreSQL (PIA overview,
 * "Investigations": PII is redacted from any publicly issued report or recommendation): the names of the file's
 * people and SPII are found, publishing waits until each finding is resolved, the reading room shows only the
 * published, redacted text, and nobody outside OIDO gets anything.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "casekeep.public.pages-per-minute=1000")
class PublicationIntegrationTests {

	static final String FILES = "/api/detention/inspections";
	static final String PATH = "/api/detention/publications";

	static final String REPORT = """
			During the visit, detainee Dana Smith (A-Number A212345678) said sick call requests went unanswered \
			for five days. Smith showed us the request slips. Officer Miguel Ramos, the medical unit supervisor, \
			confirmed the backlog.""";

	@Autowired
	MockMvc mvc;

	@Test
	void anIntervieweesNameAndAnANumberAreFoundAndNothingIsPublishedUntilEachIsResolved() throws Exception {
		String file = finalReport(REPORT);
		String body = start(MANAGER, "INSPECTION_REPORT", file).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.findings[*].kind", hasItem("INTERVIEWEE_NAME")))
			.andExpect(jsonPath("$.findings[*].kind", hasItem("A_NUMBER")))
			.andExpect(jsonPath("$.findings[*].found", hasItem("Dana Smith")))
			.andExpect(jsonPath("$.findings[*].found", hasItem("Smith")))
			.andExpect(jsonPath("$.findings[*].found", hasItem("Miguel Ramos")))
			.andExpect(jsonPath("$.findings[*].found", hasItem("A212345678")))
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		String publicId = JsonPath.read(body, "$.publicId");
		List<String> found = JsonPath.read(body, "$.findings[*].found");

		// Publishing with open findings is refused, naming them; nothing is public.
		step(MANAGER, id, "publish", "").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(allOf(containsString("finding 0"),
					containsString("interviewee's name"), containsString("A-Number"))));
		mvc.perform(get(ReadingRoom.PATH + "/{id}", publicId)).andExpect(status().isNotFound());

		// Bad input: problem documents naming the field; a stale version is a conflict.
		step(MANAGER, id, "findings/0", "\"resolution\":\"KEPT\"").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		step(MANAGER, id, "findings/0", "\"resolution\":\"MAYBE\"").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("resolution"));
		mvc.perform(post(PATH + "/{id}/findings/0", id).with(MANAGER.token()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":999,\"resolution\":\"REDACTED\"}"))
			.andExpect(status().isConflict());

		// The officer acting in his role may be named; everything else is redacted; a span is redacted by hand.
		for (int i = 0; i < found.size(); i++) {
			if (found.get(i).equals("Miguel Ramos")) {
				step(MANAGER, id, "findings/" + i, "\"resolution\":\"KEPT\",\"reason\":\"Public official in his role\"")
					.andExpect(status().isOk());
			}
			else {
				step(MANAGER, id, "findings/" + i, "\"resolution\":\"REDACTED\"").andExpect(status().isOk());
			}
		}
		int five = REPORT.indexOf("five days");
		step(MANAGER, id, "redactions", "\"start\":" + five + ",\"end\":" + (five + 4)).andExpect(status().isOk())
			.andExpect(jsonPath("$.unresolved").value(0));
		step(MANAGER, id, "redactions", "\"start\":" + five + ",\"end\":" + (REPORT.length() + 5))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("start"));
		step(MANAGER, id, "publish", "").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.publishedBy").value("oido-manager"))
			.andExpect(jsonPath("$.draftText").doesNotExist());

		// The reading room, without sign-in: the redacted text, not the name nor the A-Number.
		String page = PageTesting.html(mvc, get(ReadingRoom.PATH + "/{id}", publicId), 200);
		assertThat(page).contains("[REDACTED NAME]").contains("[REDACTED A_NUMBER]").contains("[REDACTED] days")
			.contains("Officer Miguel Ramos").doesNotContain("Dana").doesNotContain("Smith")
			.doesNotContain("212345678").contains("Inspection report:");
		assertThat(PageTesting.html(mvc, get(ReadingRoom.PATH), 200)).contains(publicId).doesNotContain(id);
		assertThat(PageTesting.html(mvc, get(ReadingRoom.PATH + "/{id}", publicId).param("lang", "es"), 200))
			.contains("<html lang=\"es\"").contains("Informe de inspección:").contains("[REDACTED NAME]");
		assertThat(TestDatabase.count("select count(*) from detention.public_version where id = '" + id
				+ "' and draft_text is null and published_at is not null")).isEqualTo(1);
		assertThat(TestDatabase.count("select count(*) from kernel.audit_entry where record_id = '" + id
				+ "' and action = 'DISCLOSURE'")).isEqualTo(1);

		// The published text does not change; a correction is a new edition and withdraws the old one.
		step(MANAGER, id, "text", "\"text\":\"rewritten\"").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("correction")));
		String correction = JsonPath.read(start(MANAGER, "INSPECTION_REPORT", file).andExpect(status().isCreated())
			.andExpect(jsonPath("$.edition").value(2)).andReturn().getResponse().getContentAsString(), "$.id");
		start(MANAGER, "INSPECTION_REPORT", file).andExpect(status().isConflict());
		step(MANAGER, correction, "text", "\"text\":\"Sick call requests went unanswered; the facility added staff.\"")
			.andExpect(status().isOk()).andExpect(jsonPath("$.unresolved").value(0));
		String corrected = JsonPath.read(step(MANAGER, correction, "publish", "").andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(), "$.publicId");
		mvc.perform(get(ReadingRoom.PATH + "/{id}", publicId)).andExpect(status().isNotFound());
		assertThat(PageTesting.html(mvc, get(ReadingRoom.PATH + "/{id}", corrected), 200)).contains("added staff");
	}

	@Test
	void everyReadOfADraftIsAuditedAndNobodyOutsideItsRolesGetsAnything() throws Exception {
		String file = finalReport("Interviewed Luis Ortega, DOB 03/04/1990, in housing unit B.");
		String id = JsonPath.read(start(MANAGER, "INSPECTION_REPORT", file).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
		long before = reads(id);
		mvc.perform(get(PATH + "/{id}", id).with(MANAGER.token())).andExpect(status().isOk())
			.andExpect(jsonPath("$.draftText").value(containsString("Luis Ortega")));
		assertThat(reads(id)).isEqualTo(before + 1);
		PageTesting.html(mvc, get(PublicationPages.PATH + "/{id}", id).with(MANAGER.token()), 200);
		assertThat(reads(id)).isEqualTo(before + 2);

		// Another component, an administrator, an analyst on a report: refused, and nothing of the draft returned.
		for (RequestPostProcessor outsider : new RequestPostProcessor[] { ICE_LIAISON.token(), OidoUsers.ADMIN.token(),
				OidoUsers.ICE_WITH_OIDO_ROLE.token(), ANALYST.token(), OidoUsers.INTAKE.token() }) {
			String answer = mvc.perform(get(PATH + "/{id}", id).with(outsider)).andExpect(status().isForbidden())
				.andReturn().getResponse().getContentAsString();
			assertThat(answer).doesNotContain("Ortega");
			mvc.perform(post(PATH).with(outsider).contentType(MediaType.APPLICATION_JSON)
					.content("{\"sourceKind\":\"INSPECTION_REPORT\",\"sourceId\":\"" + file + "\"}"))
				.andExpect(status().isForbidden());
		}
		assertThat(reads(id)).isEqualTo(before + 2);
		// The reading room knows nothing of a draft, nor of an unknown or malformed id.
		String publicId = TestDatabase.single("select public_id::text from detention.public_version where id = ?::uuid", id);
		mvc.perform(get(ReadingRoom.PATH + "/{id}", publicId)).andExpect(status().isNotFound());
		mvc.perform(get(ReadingRoom.PATH + "/{id}", UUID.randomUUID())).andExpect(status().isNotFound());
		mvc.perform(get(ReadingRoom.PATH + "/{id}", "not-an-id")).andExpect(status().isNotFound());
		assertThat(PageTesting.html(mvc, get(ReadingRoom.PATH), 200)).doesNotContain(publicId);
	}

	@Test
	void onlyAFinalReportHasAPublicVersionAndAnAnalystPublishesARecommendation() throws Exception {
		String open = open();
		start(MANAGER, "INSPECTION_REPORT", open).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("not final")));
		mvc.perform(post(PATH).with(MANAGER.token()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"sourceKind\":\"PRESS_RELEASE\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("sourceKind")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("sourceId")));

		String recommendation = JsonPath.read(mvc.perform(post("/api/detention/recommendations").with(ANALYST.token())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"complaintCaseNumber":"OIDO-2026-000091","component":"ICE",
						 "text":"Give the detainee with A# 212-345-679 access to interpretation at sick call.",
						 "dueOn":"2027-06-01"}"""))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		String id = JsonPath.read(start(ANALYST, "RECOMMENDATION", recommendation).andExpect(status().isCreated())
			.andExpect(jsonPath("$.findings[0].kind").value("A_NUMBER"))
			.andReturn().getResponse().getContentAsString(), "$.id");
		step(ANALYST, id, "findings/0", "\"resolution\":\"REDACTED\"").andExpect(status().isOk());
		String publicId = JsonPath.read(step(ANALYST, id, "publish", "").andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(), "$.publicId");
		assertThat(PageTesting.html(mvc, get(ReadingRoom.PATH + "/{id}", publicId), 200))
			.contains("Recommendation to U.S. Immigration and Customs Enforcement")
			.contains("[REDACTED A_NUMBER]").doesNotContain("345-679");
	}

	@Test
	void theReviewPageShowsEachFindingInContextWithItsButtonsAndRefusesAStaleVersion() throws Exception {
		String file = finalReport("We spoke with Luis Ortega in housing unit B about the law library.");
		String id = JsonPath.read(start(MANAGER, "INSPECTION_REPORT", file).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
		String page = PageTesting.html(mvc, get(PublicationPages.PATH + "/{id}", id).with(MANAGER.token()), 200);
		assertThat(page).contains("<mark>Luis Ortega</mark>").contains("We spoke with ")
			.contains("Redact finding 1").contains("Keep finding 1").contains("for=\"reason-0\"")
			.contains("1 finding(s) are still open");
		long version = ((Number) JsonPath.read(mvc.perform(get(PATH + "/{id}", id).with(MANAGER.token()))
			.andReturn().getResponse().getContentAsString(), "$.version")).longValue();
		org.springframework.test.web.servlet.MvcResult stale = mvc.perform(post(PublicationPages.PATH
				+ "/{id}/findings/0", id).with(MANAGER.token()).with(csrf()).param("version", String.valueOf(version + 7))
				.param("resolution", "REDACTED"))
			.andExpect(status().is3xxRedirection()).andReturn();
		assertThat(PageTesting.html(mvc, get(PublicationPages.PATH + "/{id}", id).with(MANAGER.token())
				.flashAttrs(stale.getFlashMap()), 200)).contains("Somebody else changed this public version");
		mvc.perform(post(PublicationPages.PATH + "/{id}/findings/0", id).with(MANAGER.token()).with(csrf())
				.param("version", String.valueOf(version)).param("resolution", "REDACTED"))
			.andExpect(status().is3xxRedirection());
		assertThat(PageTesting.html(mvc, get(PublicationPages.PATH + "/{id}", id).with(MANAGER.token()), 200))
			.contains("Redacted by oido-manager").contains("We spoke with [REDACTED NAME] in housing unit B");
		assertThat(PageTesting.html(mvc, get(PublicationPages.PATH).with(MANAGER.token()), 200))
			.contains("Start a public version").contains("for=\"sourceId\"");
		// The file's and the recommendation's pages link here with the source filled in.
		String prefilled = PageTesting.html(mvc, get(PublicationPages.PATH).param("kind", "RECOMMENDATION")
			.param("source", file).with(MANAGER.token()), 200);
		assertThat(prefilled).contains("value=\"" + file + "\"");
		assertThat(PageTesting.html(mvc, get("/detention/inspections/{id}", file).with(MANAGER.token()), 200))
			.contains("/detention/publications?kind=INSPECTION_REPORT&amp;source=" + file);
	}

	private long reads(String id) throws Exception {
		return TestDatabase.count("select count(*) from kernel.audit_entry where record_id = '" + id
				+ "' and action = 'READ' and record_type = '" + PublicVersion.RECORD_TYPE + "'");
	}

	private ResultActions start(OidoUsers user, String kind, String source) throws Exception {
		return mvc.perform(post(PATH).with(user.token()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"sourceKind\":\"" + kind + "\",\"sourceId\":\"" + source + "\"}"));
	}

	private ResultActions step(OidoUsers user, String id, String path, String members) throws Exception {
		String body = mvc.perform(get(PATH + "/{id}", id).with(user.token())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		long version = ((Number) JsonPath.read(body, "$.version")).longValue();
		return mvc.perform(post(PATH + "/{id}/" + path, id).with(user.token()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + version + (members.isBlank() ? "" : "," + members) + "}"));
	}

	/** A file opened by a manager (who is then on its team). */
	private String open() throws Exception {
		String body = mvc.perform(post(FILES).with(MANAGER.token()).contentType(MediaType.APPLICATION_JSON).content("""
				{"triggerKind":"INTERNAL_SCHEDULE","triggerDescription":"Scheduled inspection of medical care",
				 "facility":"DILLEY","inspectionType":"ANNOUNCED","plannedFrom":"2027-11-01","plannedTo":"2027-11-03"}"""))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	/** A file visited, with two interviewees, and its report shared, revised and finalized with this text. */
	private String finalReport(String text) throws Exception {
		String id = open();
		fileStep(id, "deconfliction/override", "\"reason\":\"Urgent: reported deaths\"");
		fileStep(id, "schedule", "");
		fileStep(id, "visit", "\"inspectionDate\":\"2027-11-02\",\"notes\":\"Walked the units\"");
		fileStep(id, "interviewees", "\"fullName\":\"Dana Smith\",\"consentGiven\":true");
		fileStep(id, "interviewees", "\"fullName\":\"Miguel Ramos\",\"position\":\"Medical unit supervisor\","
				+ "\"consentGiven\":true");
		fileStep(id, "interviewees", "\"fullName\":\"Luis Ortega\",\"consentGiven\":true");
		fileStep(id, "report", "\"text\":\"Draft\"");
		fileStep(id, "report/share", "");
		fileStep(id, "report", "\"text\":\"" + text + "\",\"feedback\":\"ICE: noted\"");
		fileStep(id, "report/finalize", "");
		return id;
	}

	private void fileStep(String id, String path, String members) throws Exception {
		String body = mvc.perform(get(FILES + "/{id}", id).with(MANAGER.token())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		int version = JsonPath.read(body, "$.version");
		mvc.perform(post(FILES + "/{id}/" + path, id).with(MANAGER.token()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + version + (members.isBlank() ? "" : "," + members) + "}"))
			.andExpect(status().isOk());
	}
}
