package org.casekeep.survey;


import org.casekeep.kernel.testing.PageTesting;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The study list, the study page with its gate checklist, and the instrument page, against the embedded PostgreSQL:
 * each person sees the step they may take, and the page refuses collection as the API does.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
@Import(SettableClock.Config.class)
class StudyPagesIntegrationTests extends ResearchIntegrationTest {

	@Test
	void theStudyPageShowsEveryApplicableGateAsAChecklistAndRefusesCollectionWhileOneIsOpen() throws Exception {
		String study = api.publicStudy(true);
		String html = PageTesting.html(mvc, get("/research/studies/{id}", study).with(ResearchUsers.RESEARCHER.token()), 200);
		for (String gate : new String[] { "PTA_SUBMISSION", "PRIVACY_REVIEW", "PRIVACY_OFFICE_APPROVAL", "OMB_CLEARANCE",
				"FEDERAL_REGISTER_NOTICE", "VENDOR_APPROVAL", "INSTRUMENT_APPROVAL" }) {
			assertThat(PageTesting.tag(html, "id=\"gate-" + gate + "\"")).contains("data-closed=\"false\"");
		}
		assertThat(html).contains("Submit the PTA").doesNotContain("Approve the PTA");

		mvc.perform(post("/research/studies/{id}/waves", study).with(ResearchUsers.RESEARCHER.token()).with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(flash().attribute("refusal", containsString("PTA_SUBMISSION")));

		api.closeGatesExcept(study, null);
		html = PageTesting.html(mvc, get("/research/studies/{id}", study).with(ResearchUsers.RESEARCHER.token()), 200);
		assertThat(html).doesNotContain("data-closed=\"false\"").contains("id=\"gate-VENDOR_APPROVAL\"");
		mvc.perform(post("/research/studies/{id}/waves", study).with(ResearchUsers.RESEARCHER.token()).with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(flash().attribute("notice", "Collection opened."));
		assertThat(jdbc.sql("select count(*) from survey.wave where study_id = ?::uuid").param(study)
			.query(Long.class).single()).isOne();
	}

	@Test
	void aStudyOfFederalEmployeesOnlyShowsNoPraGatesAndTheApproverIsOfferedTheApproval() throws Exception {
		String study = api.study(ResearchUsers.RESEARCHER, "EMPLOYEES_AND_CONTRACTORS", true, 300, null);
		api.perform(post(ResearchApi.STUDIES + "/{id}/pta/submission", study), ResearchUsers.RESEARCHER);
		api.perform(post(ResearchApi.STUDIES + "/{id}/pta/review", study), ResearchUsers.USCIS_PRIVACY);

		String html = PageTesting.html(mvc, get("/research/studies/{id}", study).with(ResearchUsers.APPROVER.token()), 200);
		assertThat(html).contains("Exempt from the PRA").doesNotContain("gate-OMB_CLEARANCE")
			.doesNotContain("gate-FEDERAL_REGISTER_NOTICE").contains("Approve the PTA").doesNotContain("Open collection");
	}

	@Test
	void theListShowsOnlyTheStudiesOfTheUsersUnitAndAResearcherCreatesOneThroughTheForm() throws Exception {
		String title = "Lobby wait times " + System.nanoTime();
		mvc.perform(post("/research/studies").with(ResearchUsers.RESEARCHER.token()).with(csrf())
				.param("title", title).param("method", "FOCUS_GROUP").param("purpose", "Shorter waits")
				.param("population", "PUBLIC_STAKEHOLDERS").param("plannedParticipants", "12")
				.param("startsOn", "2027-04-01").param("endsOn", "2027-05-01"))
			.andExpect(status().isSeeOther());
		String list = PageTesting.html(mvc, get("/research/studies").with(ResearchUsers.RESEARCHER.token()), 200);
		assertThat(list).contains(title);
		// A study of 12 public stakeholders: PTA (3 gates), OMB, Federal Register notice, instruments.
		String row = list.substring(list.indexOf(title));
		assertThat(row.substring(0, row.indexOf("</tr>"))).contains("<td>6</td>");
		assertThat(PageTesting.html(mvc, get("/research/studies").with(ResearchUsers.ICE_RESEARCHER.token()), 200))
			.doesNotContain(title);
		mvc.perform(get("/research/studies").with(ResearchUsers.CRM_USER.token())).andExpect(status().isForbidden());

		String refused = PageTesting.html(mvc, post("/research/studies").with(ResearchUsers.RESEARCHER.token())
			.with(csrf()).param("title", "").param("method", "SURVEY").param("population", "GENERAL_PUBLIC"), 422);
		assertThat(refused).contains("id=\"error-title\"").contains("id=\"error-purpose\"");
	}

	@Test
	void theInstrumentPageShowsTheAdmonitionAndOffersReviewAndApprovalToTheirOffices() throws Exception {
		String study = api.publicStudy(false);
		String instrument = api.instrumentWithNotice(study);
		api.question(study, instrument, "{\"kind\":\"OPEN_ENDED\",\"text\":\"What could we do better?\"}");
		String page = "/research/studies/" + study + "/instruments/" + instrument;

		String researcher = PageTesting.html(mvc, get(page).with(ResearchUsers.RESEARCHER.token()), 200);
		assertThat(researcher).contains("do not include personal information").contains("Add a question")
			.doesNotContain("Mark as over-collection").doesNotContain("Approve version");
		String privacy = PageTesting.html(mvc, get(page).with(ResearchUsers.USCIS_PRIVACY.token()), 200);
		assertThat(privacy).contains("Mark as over-collection").doesNotContain("Approve version")
			.doesNotContain("Add a question");
		String approver = PageTesting.html(mvc, get(page).with(ResearchUsers.APPROVER.token()), 200);
		assertThat(approver).contains("Approve version 1");

		mvc.perform(post(page + "/approval").with(ResearchUsers.APPROVER.token()).with(csrf()))
			.andExpect(status().isSeeOther()).andExpect(flash().attribute("notice", "Version approved."));
		assertThat(PageTesting.html(mvc, get(page).with(ResearchUsers.RESEARCHER.token()), 200))
			.contains("Version 1 is approved").contains("approved by research-approver");
		mvc.perform(get(page).with(ResearchUsers.ICE_RESEARCHER.token())).andExpect(status().isForbidden());
	}
}
