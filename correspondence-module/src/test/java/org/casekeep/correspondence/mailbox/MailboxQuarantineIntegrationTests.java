package org.casekeep.correspondence.mailbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.UUID;

import org.casekeep.correspondence.OfficeUsers;
import org.casekeep.kernel.testing.PageTesting;
import org.casekeep.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The mailbox quarantine (issue 3 "Bad input"): the Executive Secretariat lists the messages that could not be taken
 * in with their reason, never a body, and marks them handled with an audited note; handled ones stay for the record.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class MailboxQuarantineIntegrationTests {

	static final String API = "/api/correspondence/mailbox/quarantine";

	@Autowired
	MockMvc mvc;

	@Autowired
	MailboxQuarantine quarantine;

	@Test
	void theExecutiveSecretariatMarksAQuarantinedMessageHandledAndItStaysForTheRecord() throws Exception {
		String reason = "Broken MIME structure " + System.nanoTime();
		String id = quarantined(reason, "Help with my case [SSN redacted]");

		mvc.perform(get(API).with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '%s')].reason".formatted(id)).value(hasItem(reason)))
			.andExpect(jsonPath("$[?(@.id == '%s')].senderAddress".formatted(id)).value(hasItem("writer@example.org")))
			.andExpect(jsonPath("$[0].body").doesNotExist());
		mvc.perform(get(API).with(OfficeUsers.ICE_ACTION.token())).andExpect(status().isForbidden());
		// The Executive Secretariat of another office does not see the mailbox of ESEC either.
		mvc.perform(get(API).with(OfficeUsers.ICE_ESEC.token())).andExpect(status().isForbidden());
		mvc.perform(post(API + "/{id}/resolve", id).with(OfficeUsers.ICE_ACTION.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"x\"}"))
			.andExpect(status().isForbidden());

		mvc.perform(post(API + "/{id}/resolve", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"  \"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		mvc.perform(post(API + "/{id}/resolve", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"Asked the sender to resend\",\"version\":7}"))
			.andExpect(status().isConflict());
		mvc.perform(post(API + "/{id}/resolve", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"Asked the sender to resend\",\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.resolvedBy").value("esec-clerk"))
			.andExpect(jsonPath("$.resolutionNote").value("Asked the sender to resend"));
		mvc.perform(post(API + "/{id}/resolve", id).with(OfficeUsers.ESEC_LEAD.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"Me too\"}"))
			.andExpect(status().isConflict());

		mvc.perform(get(API).with(OfficeUsers.ESEC_CLERK.token())).andExpect(jsonPath("$[*].id", not(hasItem(id))));
		mvc.perform(get(API).param("resolved", "true").with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(jsonPath("$[?(@.id == '%s')].resolutionNote".formatted(id))
				.value(hasItem("Asked the sender to resend")));
		try (Connection db = TestDatabase.superuser(); ResultSet rs = db.createStatement().executeQuery("""
				select actor, fields from kernel.audit_entry where record_type = 'correspondence.mailbox-quarantine'
				and record_id = '%s' and action = 'UPDATE'""".formatted(id))) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString("actor")).isEqualTo("esec-clerk");
			assertThat(rs.next()).isFalse();
		}
		try (Connection db = TestDatabase.superuser(); ResultSet rs = db.createStatement().executeQuery("""
				select a.fields, r.schedule_code, r.destroy_after - q.resolved_at as kept
				from kernel.audit_entry a
				join kernel.retention_record r on r.record_id = a.record_id and r.record_type = a.record_type
				join correspondence.mailbox_quarantine q on q.id::text = a.record_id
				where a.record_type = 'correspondence.mailbox-quarantine' and a.record_id = '%s'
				  and a.action = 'READ' and a.actor = 'esec-clerk' limit 1""".formatted(id))) {
			// Each entry shown is a read of personal data, audited with the fields revealed.
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString("fields")).contains("senderAddress").contains("subject");
			// A transitory record: destroyed 90 days after it was handled (GRS 5.2 item 010).
			assertThat(rs.getString("schedule_code")).isEqualTo("GRS_5_2_010");
			assertThat(rs.getString("kept")).isEqualTo("90 days");
		}
	}

	@Test
	void theQuarantinePageListsWhenFromSubjectAndReasonAndMarksHandled() throws Exception {
		String reason = "Attachment refused " + System.nanoTime();
		String id = quarantined(reason, "Letter about ferries");
		String page = html(OfficeUsers.ESEC_CLERK);
		assertThat(page).contains("<h1>Mailbox quarantine</h1>").contains(reason).contains("writer@example.org")
			.contains("Letter about ferries").contains("Mark handled");

		mvc.perform(post("/correspondence/mailbox/quarantine/{id}/resolve", id).with(OfficeUsers.ESEC_CLERK.token())
				.with(csrf()).param("note", ""))
			.andExpect(flash().attribute("resolveErrorId", id));
		mvc.perform(post("/correspondence/mailbox/quarantine/{id}/resolve", id).with(OfficeUsers.ESEC_CLERK.token())
				.with(csrf())
				.param("note", "Taken in by hand"))
			.andExpect(flash().attribute("notice", "The message was marked handled."));
		assertThat(html(OfficeUsers.ESEC_CLERK)).doesNotContain(reason);
		mvc.perform(get("/correspondence/mailbox/quarantine").with(OfficeUsers.CBP_ACTION.token()))
			.andExpect(status().isForbidden());
	}

	private String quarantined(String reason, String subject) {
		MailboxKey key = new MailboxKey("INBOX", 1, Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L),
				"<" + UUID.randomUUID() + "@example.org>");
		assertThat(quarantine.record(key, Instant.now(), "writer@example.org", subject, reason, Instant.now())).isTrue();
		return org.casekeep.kernel.access.Actors.callAs(OfficeUsers.ESEC_CLERK.actor(), () -> quarantine.list(false))
			.stream().filter(e -> e.reason().equals(reason)).findFirst().orElseThrow().id().toString();
	}

	private String html(OfficeUsers user) throws Exception {
		return PageTesting.html(mvc, get("/correspondence/mailbox/quarantine").with(user.token()), 200);
	}
}
