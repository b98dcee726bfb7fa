package org.casekeep.correspondence.trackers;

import org.casekeep.kernel.pii.PersonalDataGuard;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casekeep.kernel.testing.PageTesting.html;
import static org.casekeep.kernel.testing.PageTesting.tag;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The trackers' pages, generated from each type's declaration: the intake form and its errors, the list, the item
 * page masked as the API is, a stage moved from the page, and the library's refusal.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class TrackerPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theIntakeFormIsGeneratedFromTheDeclarationAndShowsEachErrorNextToItsField() throws Exception {
		String form = html(mvc, get("/correspondence/trackers/emma/new").with(TrackerUsers.EMMA_CLERK.token()), 200);
		assertThat(form).contains("Receipt number").contains("(required)").contains("name=\"field.receiptNumber\"")
			.doesNotContain("name=\"field.responsiblePartyCode\"");
		assertThat(tag(form, "name=\"field.dateReceived\"")).contains("type=\"date\"");

		String refused = html(mvc, post("/correspondence/trackers/emma").with(TrackerUsers.EMMA_CLERK.token()).with(csrf())
			.param("field.receiptNumber", "EAC12").param("field.applicantName", "Ari Applicant"), 422);
		assertThat(refused).contains("There is a problem").contains("href=\"#field-receiptNumber\"")
			.contains("id=\"field-receiptNumber-error\"").contains("Date received is required")
			.contains("value=\"Ari Applicant\"");
	}

	@Test
	void anItemTakenInOnThePageIsListedShownMaskedAndMovedOnThePage() throws Exception {
		String location = mvc.perform(post("/correspondence/trackers/occ-pmt").with(TrackerUsers.OCC_ATTORNEY.token())
				.with(csrf()).param("field.matterTitle", "Page matter").param("field.clientOffice", "AAO")
				.param("field.matterType", "LITIGATION").param("field.criminalHistory", "Old conviction"))
			.andExpect(status().isSeeOther()).andReturn().getResponse().getHeader("Location");
		assertThat(location).startsWith("/correspondence/trackers/occ-pmt/items/");

		String list = html(mvc, get("/correspondence/trackers/occ-pmt?sort=received").with(TrackerUsers.OCC_PARALEGAL.token()), 200);
		assertThat(list).contains("data-label=\"Matter\">Page matter").contains("data-label=\"Next due\"");
		// Sorted by the column asked for, its header says so, and the received date is in the office's zone.
		assertThat(list).containsPattern("aria-sort=\"ascending\"[^>]*>\\s*<a[^>]*sort=received,desc[^>]*>Received")
			.containsPattern("aria-sort=\"none\"[^>]*>\\s*<a[^>]*sort=reference,asc[^>]*>Reference")
			.containsPattern("data-label=\"Received\">\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} E[SD]T<");
		String page = html(mvc, get(location).with(TrackerUsers.OCC_PARALEGAL.token()), 200);
		assertThat(page).contains("Page matter").contains(PersonalDataGuard.MASK).doesNotContain("Old conviction")
			.contains("Legal review");
		// A declared choice reads as words, not as its code.
		assertThat(page).contains("<span>Litigation</span>").doesNotContain(">LITIGATION<");

		mvc.perform(post(location + "/stage").with(TrackerUsers.OCC_PARALEGAL.token()).with(csrf())
				.param("stage", "LEGAL_REVIEW").param("version", "0").param("field.notes", ""))
			.andExpect(status().isSeeOther());
		String conflict = html(mvc, post(location + "/stage").with(TrackerUsers.OCC_ATTORNEY.token()).with(csrf())
			.param("stage", "FINAL_DECISION").param("version", "1"), 409);
		assertThat(conflict).contains("it cannot move to Final decision");
		assertThat(html(mvc, get(location).with(TrackerUsers.OCC_ATTORNEY.token()), 200)).contains("Old conviction");

		mvc.perform(get(location).with(TrackerUsers.OLIA_LIAISON.token())).andExpect(status().isForbidden());
		mvc.perform(get("/correspondence/trackers/occ-pmt").with(TrackerUsers.OLIA_LIAISON.token()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theIndexOffersOnlyTheTrackersTheUserMayUse() throws Exception {
		String index = html(mvc, get("/correspondence/trackers").with(TrackerUsers.ICE_EMPLOYEE.token()), 200);
		assertThat(index).contains("OPQ report requests").doesNotContain("OCC Portfolio Management Tool")
			.doesNotContain("href=\"/correspondence/trackers/opq-report-requests\"");
	}
}
