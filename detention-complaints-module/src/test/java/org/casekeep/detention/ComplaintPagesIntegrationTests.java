package org.casekeep.detention;

import org.casekeep.kernel.testing.PageTesting;
import org.casekeep.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The complaint pages as OIDO staff use them: the intake form, its errors next to the fields, the receipt with the
 * case number and nothing personal in the URL; the work queue, the complaint page and the triage page for analysts
 * and managers, and the 403 page for intake staff (PIA 8.1).
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class ComplaintPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void intakeStaffEnterAComplaintOnTheFormAndSeeOnlyItsCaseNumber() throws Exception {
		String form = PageTesting.html(mvc, get("/detention/complaints/new").with(OidoUsers.INTAKE.token()), 200);
		assertThat(form).contains("Privacy Act Statement").contains("name=\"aNumber\"").contains("name=\"stays[2].facility\"")
			.contains("Language access");
		org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder entry = post("/detention/complaints")
			.with(OidoUsers.INTAKE.token()).with(csrf())
			.param("channel", "FAX").param("receivedOn", "2026-11-28").param("detaineeName", "Page Person")
			.param("aNumber", "A 123 456 780").param("detaineeAliases", "P. Person\r\nPerson Page")
			.param("stays[0].facility", "Krome North").param("stays[0].detainedFrom", "2026-01-02")
			.param("categories", "MEDICAL").param("description", "No wheelchair; passport number K9988776 seized")
			.param("consentToInvestigate", "true");
		long before = TestDatabase.count("select count(*) from detention.complaint");
		String review = PageTesting.html(mvc, entry, 422);
		assertThat(review).contains("identifiers the submitter offered unasked").contains("PASSPORT_NUMBER")
			.doesNotContain("There is a problem");
		assertThat(PageTesting.tag(review, "name=\"redactUnsolicitedIdentifiers\"")).contains("checked");
		assertThat(TestDatabase.count("select count(*) from detention.complaint")).as("offered before it is stored")
			.isEqualTo(before);
		MvcResult result = mvc.perform(entry.param("identifiersReviewed", "true").param("redactUnsolicitedIdentifiers", "true"))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/detention/complaints/received"))
			.andExpect(flash().attributeExists("receipt"))
			.andReturn();
		String receipt = PageTesting.html(mvc, get("/detention/complaints/received").with(OidoUsers.INTAKE.token())
				.flashAttrs(result.getFlashMap()), 200);
		assertThat(receipt).containsPattern("OIDO-20\\d\\d-\\d{6}").contains("PASSPORT_NUMBER")
			.doesNotContain("Page Person").doesNotContain("K9988776");
		assertThat(TestDatabase.single("""
				select array_to_string(detainee_aliases, '|') || ' ' || a_number from detention.complaint
				where detainee_name = 'Page Person'""")).isEqualTo("P. Person|Person Page A123456780");
		assertThat(TestDatabase.single("select description from detention.complaint where detainee_name = 'Page Person'"))
			.isEqualTo("No wheelchair; passport number [REDACTED PASSPORT_NUMBER] seized");
		PageTesting.html(mvc, get("/detention/complaints").with(OidoUsers.INTAKE.token()), 403);
	}

	@Test
	void aRejectedFormIsShownAgainWithEachErrorAndNothingIsWritten() throws Exception {
		long before = TestDatabase.count("select count(*) from detention.complaint");
		String html = PageTesting.html(mvc, post("/detention/complaints").with(OidoUsers.INTAKE.token()).with(csrf())
				.param("channel", "MAIL").param("receivedOn", "2026-11-28").param("aNumber", "A12")
				.param("description", "x"), 422);
		assertThat(html).contains("There is a problem").contains("A-Number must be the letter A");
		assertThat(PageTesting.tag(html, "id=\"aNumber\"")).contains("usa-input--error");
		assertThat(TestDatabase.count("select count(*) from detention.complaint")).isEqualTo(before);
	}

	@Test
	void analystsWorkFromTheQueueToTheComplaintAndItsTriage() throws Exception {
		String id = ComplaintRequests.file(mvc, ComplaintRequests.full("Queue Page", "A912345679", "1977-07-17",
				"Denied a Bible"));
		String queue = PageTesting.html(mvc, get("/detention/complaints").param("status", "RECEIVED")
				.with(OidoUsers.ANALYST.token()), 200);
		assertThat(queue).contains("/detention/complaints/" + id);
		String detail = PageTesting.html(mvc, get("/detention/complaints/{id}", id).with(OidoUsers.ANALYST.token()), 200);
		assertThat(detail).contains("Queue Page").contains("A912345679").contains("Otero County Processing Center")
			.contains("Medical concerns");
		String triage = PageTesting.html(mvc, get("/detention/complaints/{id}/triage", id)
				.with(OidoUsers.MANAGER.token()), 200);
		assertThat(triage).contains("Previous complaints about the same detainee").contains("Refer to");
		mvc.perform(post("/detention/complaints/{id}/triage/decline", id).with(OidoUsers.MANAGER.token()).with(csrf())
				.param("version", "0").param("reason", "Outside the scope of the office"))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/detention/complaints/" + id));
		MvcResult again = mvc.perform(post("/detention/complaints/{id}/triage/decline", id)
				.with(OidoUsers.MANAGER.token()).with(csrf()).param("version", "1").param("reason", "Twice"))
			.andExpect(status().isSeeOther())
			.andExpect(flash().attributeExists("triageError"))
			.andReturn();
		assertThat((String) again.getFlashMap().get("triageError")).contains("already declined");
		PageTesting.html(mvc, get("/detention/complaints/{id}", id).with(OidoUsers.INTAKE.token()), 403);
		PageTesting.html(mvc, get("/detention/complaints/{id}", id).with(OidoUsers.ICE_LIAISON.token()), 403);
	}

	@Test
	void eachOidoUserStartsWhereTheirRoleLetsThemWork() throws Exception {
		mvc.perform(get("/detention").with(OidoUsers.INTAKE.token())).andExpect(redirectedUrl("/detention/complaints/new"));
		mvc.perform(get("/detention").with(OidoUsers.ANALYST.token())).andExpect(redirectedUrl("/detention/complaints"));
	}
}
