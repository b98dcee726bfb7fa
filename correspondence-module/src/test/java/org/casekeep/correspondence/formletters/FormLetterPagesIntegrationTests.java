package org.casekeep.correspondence.formletters;

import org.casekeep.correspondence.OfficeUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casekeep.kernel.testing.PageTesting.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The form-letter pages: write, submit, approve by another member of the office, fill in; refusals on the page. */
@ApplicationModuleTest
@AutoConfigureMockMvc
class FormLetterPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void clerkWritesAndSubmitsLeadApprovesTheAuthorCannotAndTheLetterIsFilledIn() throws Exception {
		String name = "Page acknowledgement " + System.nanoTime();
		String form = html(mvc, get("/correspondence/form-letters/new").with(OfficeUsers.ESEC_CLERK.token()), 200);
		assertThat(form).contains("<h1>New form letter</h1>").contains("{{lastName}} (the correspondent&#39;s last name)");

		String location = mvc.perform(post("/correspondence/form-letters").with(OfficeUsers.ESEC_CLERK.token()).with(csrf())
				.param("name", name)
				.param("body", "Dear {{salutation}} {{lastName}}, we received {{referenceNumber}}."))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/correspondence/form-letters/*"))
			.andReturn().getResponse().getRedirectedUrl();
		String id = location.substring(location.lastIndexOf('/') + 1);

		assertThat(html(mvc, get("/correspondence/form-letters").with(OfficeUsers.ESEC_CLERK.token()), 200)).contains(name)
			.contains("New form letter");
		String detail = html(mvc, get("/correspondence/form-letters/{id}", id).with(OfficeUsers.ESEC_CLERK.token()), 200);
		assertThat(detail).contains("Version 1").contains(">Draft<").doesNotContain(">DRAFT<").contains("Submit for approval")
			.doesNotContain("Fill in the approved letter");

		mvc.perform(post("/correspondence/form-letters/{id}/versions/1/submit", id).with(OfficeUsers.ESEC_CLERK.token())
				.with(csrf()))
			.andExpect(redirectedUrl("/correspondence/form-letters/" + id))
			.andExpect(flash().attribute("notice", "Version 1 was submitted for approval."));

		String refused = html(mvc, post("/correspondence/form-letters/{id}/versions/1/approve", id)
			.with(OfficeUsers.ESEC_CLERK.token()).with(csrf()), 409);
		assertThat(refused).contains("role=\"alert\"")
			.contains("The author of a version cannot approve it: another member of the office must")
			.contains(">Awaiting approval<");

		mvc.perform(post("/correspondence/form-letters/{id}/versions/1/approve", id).with(OfficeUsers.ESEC_LEAD.token())
				.with(csrf()))
			.andExpect(redirectedUrl("/correspondence/form-letters/" + id))
			.andExpect(flash().attribute("notice", "Version 1 was approved: the letter may be used."));

		// Action officers use approved letters but do not write or approve them.
		String approved = html(mvc, get("/correspondence/form-letters/{id}", id).with(OfficeUsers.ICE_ACTION.token()), 200);
		assertThat(approved).contains(">Approved<").contains("Fill in the approved letter")
			.doesNotContain("Write a new version").doesNotContain("Approve</button>");
		String missing = html(mvc, post("/correspondence/form-letters/{id}/fill", id).with(OfficeUsers.ESEC_CLERK.token())
				.with(csrf()).param("values.salutation", "Mr.").param("values.lastName", "Diaz"), 422);
		assertThat(missing).contains("id=\"values-referenceNumber-error\"")
			.contains("The letter needs a value for {{referenceNumber}}");
		String filled = html(mvc, post("/correspondence/form-letters/{id}/fill", id).with(OfficeUsers.ESEC_CLERK.token())
				.with(csrf()).param("values.salutation", "Mr.").param("values.lastName", "Diaz")
				.param("values.referenceNumber", "CORR-2027-000042"), 200);
		assertThat(filled).contains("id=\"filled-letter\"")
			.contains("Dear Mr. Diaz, we received CORR-2027-000042.");

		// A new version: the edit form carries the letter's version; a stale one is a conflict shown on the form.
		String edit = html(mvc, get("/correspondence/form-letters/{id}/edit", id).with(OfficeUsers.ESEC_CLERK.token()), 200);
		assertThat(edit).contains("New version of " + name).contains("name=\"version\"");
		String version = edit.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
		String stale = html(mvc, post("/correspondence/form-letters/{id}", id).with(OfficeUsers.ESEC_CLERK.token()).with(csrf())
				.param("body", "Dear {{lastName}}.").param("version", String.valueOf(Long.parseLong(version) + 7)), 409);
		assertThat(stale).contains("changed by someone else");
		mvc.perform(post("/correspondence/form-letters/{id}", id).with(OfficeUsers.ESEC_CLERK.token()).with(csrf())
				.param("body", "Dear {{lastName}}.").param("changeNote", "Shorter").param("version", version))
			.andExpect(redirectedUrl("/correspondence/form-letters/" + id))
			.andExpect(flash().attribute("notice", "Version 2 was saved as a draft."));
	}

	@Test
	void anUnknownMergeFieldIsShownNextToTheBody() throws Exception {
		String form = html(mvc, post("/correspondence/form-letters").with(OfficeUsers.ESEC_CLERK.token()).with(csrf())
				.param("name", "Bad field " + System.nanoTime())
				.param("body", "Dear {{nickname}},"), 422);
		assertThat(form).contains("There is a problem").contains("id=\"body-error\"")
			.contains("Unknown merge field {{nickname}}").contains("aria-invalid=\"true\"");
	}
}
