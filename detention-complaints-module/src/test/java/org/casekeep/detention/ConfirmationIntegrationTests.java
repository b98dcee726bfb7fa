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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Confirmation to the submitter (PIA 7.3) as OIDO analysts send it: a printable letter with the case number and the
 * office's contact details, an e-mail recorded as not sent when no mail server is configured, none for an anonymous
 * complaint; every confirmation in the correspondence log, by channel and recipient role, never its content in the
 * audit (PIA 8.1). Intake staff cannot produce one: they cannot read complaints.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class ConfirmationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anAnalystPrintsAConfirmationLetterWithTheCaseNumberAndTheOfficesContactAndItIsLogged() throws Exception {
		String id = ComplaintRequests.file(mvc, ComplaintRequests.full("Letter Person", "A 222 333 444", "1990-01-02",
				"No interpreter at the medical unit"));
		String caseNumber = TestDatabase.single("select case_number from detention.complaint where id = ?::uuid", id);
		String letter = PageTesting.html(mvc, post("/detention/complaints/{id}/confirmation/letter", id)
				.with(OidoUsers.ANALYST.token()).with(csrf()), 200);
		assertThat(letter).contains(caseNumber).contains("Office of the Immigration Detention Ombudsman")
			.contains("oido@casekeep.example").contains("+1 202 555 0100").contains("Ana Ruiz")
			.contains("100 Main St, El Paso, TX 79901")
			.as("nothing else of the complaint").doesNotContain("A222333444").doesNotContain("No interpreter");
		assertThat(log(id)).isEqualTo("CONFIRMATION LETTER REPRESENTATIVE PRODUCED oido-analyst");
		String page = PageTesting.html(mvc, get("/detention/complaints/{id}/correspondence", id)
				.with(OidoUsers.ANALYST.token()), 200);
		assertThat(page).contains("LETTER").contains("REPRESENTATIVE").contains("PRODUCED");
		assertThat(TestDatabase.single("""
				select details from kernel.audit_entry where record_type = 'detention.correspondence'
				order by occurred_at desc limit 1""")).contains("LETTER").contains("REPRESENTATIVE")
			.doesNotContain("Ana Ruiz").doesNotContain("El Paso");
	}

	@Test
	void withoutAMailServerTheConfirmationEmailIsRecordedAsNotSent() throws Exception {
		String id = ComplaintRequests.file(mvc, ComplaintRequests.full("Mail Person", "A 222 333 445", "1990-01-03",
				"Lost property"));
		MvcResult sent = mvc.perform(post("/detention/complaints/{id}/confirmation/email", id)
				.with(OidoUsers.ANALYST.token()).with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(flash().attribute("outcome", "NOT_SENT_NO_MAIL"))
			.andReturn();
		assertThat(PageTesting.html(mvc, get("/detention/complaints/{id}/correspondence", id)
				.with(OidoUsers.ANALYST.token()).flashAttrs(sent.getFlashMap()), 200))
			.contains("No e-mail was sent: no mail server is configured");
		assertThat(log(id)).isEqualTo("CONFIRMATION EMAIL REPRESENTATIVE NOT_SENT_NO_MAIL oido-analyst");
		assertThat(TestDatabase.count("select count(*) from kernel.audit_entry where record_type = "
				+ "'detention.correspondence' and details like '%ana.ruiz%'")).isZero();
	}

	@Test
	void anAnonymousComplaintGetsNoConfirmationAndIntakeStaffCannotProduceOne() throws Exception {
		String id = ComplaintRequests.file(mvc, """
				{"channel":"TELEPHONE","receivedOn":"2026-11-30","anonymous":true,"description":"Anonymous caller"}""");
		mvc.perform(post("/detention/complaints/{id}/confirmation/letter", id).with(OidoUsers.ANALYST.token())
				.with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("anonymous")));
		mvc.perform(post("/detention/complaints/{id}/confirmation/letter", id).with(OidoUsers.INTAKE.token())
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(TestDatabase.count("select count(*) from detention.correspondence_log where complaint_id = '"
				+ id + "'::uuid")).isZero();
	}

	private static String log(String id) throws Exception {
		return TestDatabase.single("""
				select kind || ' ' || channel || ' ' || recipient_role || ' ' || outcome || ' ' || sent_by
				from detention.correspondence_log where complaint_id = ?::uuid order by sent_at desc limit 1""", id);
	}
}
