package org.casekeep.privacy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.UUID;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.casekeep.kernel.audit.AuditCheckpoint;
import org.casekeep.kernel.audit.AuditCheckpoints;
import org.casekeep.kernel.retention.RetentionSweeper;
import org.casekeep.platform.web.RulesOfBehavior;
import org.casekeep.testing.Database;
import org.casekeep.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The privacy office's pages as privacy officers, the Chief Privacy Officer, the ISSO and CRM users see them:
 * accounting of disclosures, retention schedules, destruction log, legal holds, and refusals as the 403 page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PrivacyPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RetentionSweeper sweeper;

	@Autowired
	AuditCheckpoints checkpoints;

	@Autowired
	LockProvider locks;

	// Accounting of disclosures ------------------------------------------------------------------------------------

	@Test
	void aCrmAdministratorAsksTheChiefPrivacyOfficerApprovesAndThePersonsAccountingShowsIt() throws Exception {
		String id = createIndividualAs(DemoUsers.PSO_OWNER);
		String recipient = "House Judiciary Committee staff " + UUID.randomUUID();
		mvc.perform(disclosure(DemoUsers.PSO_ADMIN, recipient, "crm.individual", id))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/privacy/disclosures"))
			.andExpect(flash().attribute("notice", "The disclosure of crm.individual " + id
					+ " awaits approval. It is final once an approver approves it."));
		String disclosureId = queryString("select id from kernel.disclosure where recipient = '" + recipient + "'");
		assertThat(queryString("select status || ' ' || requested_by || ' ' || requested_by_component || ' ' || i.owning_component "
				+ "|| ' ' || i.subject_id from kernel.disclosure d join kernel.disclosure_item i on i.disclosure_id = d.id "
				+ "where d.id = '" + disclosureId + "'"))
			.as("the person and the owning component come from the CRM, not from the form")
			.isEqualTo("AWAITING_APPROVAL pso-admin PSO PSO " + id);
		assertThat(count("select count(*) from kernel.audit_entry where action = 'DISCLOSURE' and record_id = '" + id + "'"))
			.as("nothing is disclosed before the approval").isZero();
		assertThat(html(page(get("/privacy/disclosures"), DemoUsers.PSO_ADMIN), 200))
			.contains("Disclosures you asked for").contains(recipient).contains("Awaiting approval");

		// Another component's privacy officer neither sees nor decides it.
		assertThat(html(page(get("/privacy/disclosures"), DemoUsers.ICE_PRIVACY), 200)).doesNotContain(recipient)
			.contains("No disclosures await approval.");
		mvc.perform(page(post("/privacy/disclosures/" + disclosureId + "/approve"), DemoUsers.ICE_PRIVACY).with(csrf()))
			.andExpect(status().isNotFound());

		String awaiting = html(page(get("/privacy/disclosures"), DemoUsers.CPO), 200);
		assertThat(awaiting).contains("Awaiting your approval").contains(recipient)
			.contains("action=\"/privacy/disclosures/" + disclosureId + "/approve\"");
		mvc.perform(page(post("/privacy/disclosures/" + disclosureId + "/approve"), DemoUsers.CPO).with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(flash().attribute("notice", "You approved the disclosure to " + recipient
					+ ". It is now in the accounting of disclosures."));

		String byPerson = html(page(get("/privacy/disclosures").param("subjectId", id), DemoUsers.CPO), 200);
		assertThat(byPerson).contains("Disclosures of records about person " + id)
			.contains("1 disclosure, newest first")
			.contains(recipient)
			.contains("Oversight inquiry about outreach")
			.contains("DHS/ALL-002 routine use B")
			.contains("pso-admin")
			.containsPattern("Approved\\s+by <span>cpo</span>");
		String byRecord = html(page(get("/privacy/disclosures").param("recordType", "crm.individual")
			.param("recordId", id), DemoUsers.ISSO), 200);
		assertThat(byRecord).contains("Disclosures of record crm.individual " + id).contains(recipient);
		assertThat(html(page(get("/privacy/disclosures").param("subjectId", id), DemoUsers.ICE_PRIVACY), 200))
			.as("a component privacy officer reviews their own component's disclosures only")
			.doesNotContain(recipient).contains("No disclosures are recorded for this search.");

		assertThat(count("select count(*) from kernel.audit_entry where action = 'DISCLOSURE' and record_id = '" + id
				+ "' and actor = 'cpo' and record_component = 'PSO' and details = 'disclosure " + disclosureId + "'"))
			.isEqualTo(1);
		// The typed recipient and purpose are in the accounting's own row, never copied into the append-only audit.
		assertThat(count("select count(*) from kernel.audit_entry where coalesce(purpose, '') || coalesce(details, '') "
				+ "like '%House Judiciary%' or coalesce(purpose, '') like '%Oversight inquiry%'")).isZero();
	}

	@Test
	void aRecordTheRequesterMayNotDiscloseIsRefusedLikeOneThatDoesNotExist() throws Exception {
		String id = createIndividualAs(DemoUsers.PSO_OWNER);
		long before = count("select count(*) from kernel.disclosure");
		String unknown = UUID.randomUUID().toString();
		for (String[] record : new String[][] { { "crm.individual", id }, { "crm.individual", unknown },
				{ "kernel.audit", "1" } }) {
			String html = html(disclosure(DemoUsers.ICE_PRIVACY, "Oversight staff", record[0], record[1]), 422);
			assertThat(html).containsPattern("id=\"recordId-error\"[^>]*>There is no " + record[0] + " " + record[1]
					+ " that you may disclose</span>");
		}
		assertThat(count("select count(*) from kernel.disclosure")).isEqualTo(before);
		assertThat(count("select count(*) from kernel.audit_entry where action = 'ACCESS_DENIED' and actor = 'ice-privacy' "
				+ "and record_id = '" + id + "' and details = 'DISCLOSE'")).as("the refusal of a real record is audited")
			.isEqualTo(1);
	}

	@Test
	void anIncompleteDisclosureComesBackWithFieldErrorsAndSavesNothing() throws Exception {
		long before = count("select count(*) from kernel.disclosure");
		String html = html(page(post("/privacy/disclosures"), DemoUsers.ICE_PRIVACY).with(csrf())
			.param("recipient", "   ")
			.param("purpose", "")
			.param("authority", "DHS/ALL-002 routine use B")
			.param("recordType", "x".repeat(101))
			.param("recordId", ""), 422);
		assertThat(html).contains("There is a problem")
			.contains("href=\"#recipient\"")
			.containsPattern("id=\"recipient-error\"[^>]*>Enter who received the records</span>")
			.containsPattern("id=\"purpose-error\"[^>]*>Enter why the records were shared</span>")
			.containsPattern("id=\"recordId-error\"[^>]*>Enter the ID of the record that was shared</span>")
			.containsPattern("id=\"recordType-error\"[^>]*>Record type must be 100 characters or fewer</span>")
			.as("what was typed is kept").contains("value=\"DHS/ALL-002 routine use B\"")
			.doesNotContain("id=\"authority-error\"");
		assertThat(html.indexOf("href=\"#recipient\"")).as("the summary lists the errors in the order of the form")
			.isLessThan(html.indexOf("href=\"#purpose\""));
		assertThat(html.indexOf("href=\"#purpose\"")).isLessThan(html.indexOf("href=\"#recordType\""));
		assertThat(html.indexOf("href=\"#recordType\"")).isLessThan(html.indexOf("href=\"#recordId\""));
		assertThat(tag(html, "id=\"recipient\"")).startsWith("<input")
			.contains("aria-describedby=\"recipient-hint recipient-error\"")
			.contains("aria-invalid=\"true\"");
		assertThat(tag(html, "id=\"purpose\"")).startsWith("<textarea").contains("aria-invalid=\"true\"");
		assertThat(count("select count(*) from kernel.disclosure")).isEqualTo(before);
	}

	@Test
	void usersTheKernelRefusesGetTheForbiddenPageAndNothingIsSaved() throws Exception {
		String id = createIndividualAs(DemoUsers.PSO_OWNER);
		long before = count("select count(*) from kernel.disclosure");
		String refused = html(disclosure(DemoUsers.PSO_ANALYST, "Anyone", "crm.individual", id), 403);
		assertThat(refused).contains("<h1>No access</h1>");
		assertThat(count("select count(*) from kernel.disclosure")).isEqualTo(before);
		assertThat(html(page(get("/privacy/disclosures"), DemoUsers.PSO_ANALYST), 403)).contains("<h1>No access</h1>");
		assertThat(count("select count(*) from kernel.audit_entry where actor = 'pso-analyst' and action = 'ACCESS_DENIED' "
				+ "and record_type = 'kernel.disclosure'")).isGreaterThanOrEqualTo(2);
	}

	@Test
	void aCrmAdministratorAsksForADisclosureButDoesNotReadTheAccounting() throws Exception {
		String html = html(page(get("/privacy/disclosures"), DemoUsers.PSO_ADMIN), 200);
		assertThat(html).contains("Ask to disclose a record").doesNotContain("Find disclosures")
			.contains("The accounting is read by privacy officers and the ISSO");
		String id = createIndividualAs(DemoUsers.PSO_OWNER);
		mvc.perform(disclosure(DemoUsers.PSO_ADMIN, "Senate HSGAC staff", "crm.individual", id)).andExpect(status().isSeeOther());
		assertThat(count("select count(*) from kernel.disclosure_item where record_id = '" + id + "'")).isEqualTo(1);
	}

	@Test
	void searchingByRecordTypeAloneAsksForTheRecordId() throws Exception {
		String html = html(page(get("/privacy/disclosures").param("recordType", "crm.individual"), DemoUsers.CPO), 200);
		assertThat(html)
			.containsPattern("id=\"search-record-id-error\"[^>]*>Enter the record ID as well as the record type</span>")
			.contains("aria-describedby=\"search-record-id-error\"")
			.contains("Most recent disclosures");
	}

	// Audit trail --------------------------------------------------------------------------------------------------

	@Test
	void crmUsersGetTheForbiddenPageForTheAuditTrail() throws Exception {
		String html = html(page(get("/privacy/audit"), DemoUsers.PSO_ADMIN), 403);
		assertThat(html).contains("<h1>No access</h1>").doesNotContain("audit-results-caption");
		assertThat(html(page(post("/privacy/audit/verify"), DemoUsers.PSO_ADMIN).with(csrf()), 403))
			.contains("<h1>No access</h1>");
	}

	@Test
	void theIssoSearchesAndVerifiesTheAuditTrailOnItsPage() throws Exception {
		String id = createIndividualAs(DemoUsers.PSO_OWNER);
		String found = html(page(get("/privacy/audit").param("recordType", "crm.individual").param("recordId", id),
				DemoUsers.ISSO), 200);
		assertThat(found).contains("<h1>Audit trail</h1>").contains(id).contains("CREATE");
		assertThat(html(page(post("/privacy/audit/verify"), DemoUsers.ISSO).with(csrf()), 200))
			.contains("entries were checked");
	}

	@Test
	void theAuditPageShowsTheLastCheckpointOfEachChainAndVerifiesAgainstThem() throws Exception {
		createIndividualAs(DemoUsers.PSO_OWNER);
		SimpleLock noScheduledRun = ScheduledCheckpoints.pause(locks, Duration.ofMinutes(1));
		AuditCheckpoint main;
		String page;
		try {
			checkpoints.write();
			main = checkpoints.latest().stream().filter(c -> c.chain().equals("main")).findFirst().orElseThrow();
			page = html(page(get("/privacy/audit"), DemoUsers.ICE_PRIVACY), 200);
		}
		finally {
			noScheduledRun.unlock();
		}
		assertThat(page).contains("Last checkpoint of each chain").contains("<th scope=\"row\">main</th>")
			.contains("<td>" + main.entryId() + "</td>")
			.contains("href=\"/api/privacy/audit/checkpoints/key\"");
		assertThat(html(page(post("/privacy/audit/verify"), DemoUsers.CPO).with(csrf()), 200))
			.contains("The audit trail is intact")
			.containsPattern("entries were checked against [0-9,]+ signed checkpoints");
	}

	// Retention ----------------------------------------------------------------------------------------------------

	@Test
	void theRetentionPageShowsTheFiscalYearCutoffRuleInPlainWords() throws Exception {
		String html = html(page(get("/privacy/retention"), DemoUsers.CPO), 200);
		assertThat(html).contains("<h1>Retention</h1>")
			.contains("N1-563-07-001")
			.contains("Cut off at fiscal-year end (30 September), destroy 10 years after.")
			.contains("Destroy 1 year after the last activity on the record.")
			.contains("Destroy 90 days after the record is closed.")
			.as("Intranet Quorum cuts off in the fiscal year the letter came in").contains("The fiscal year is the one in which the record was created.")
			.contains("Destroy 6 months after the final decision.")
			.contains("No approved schedule: kept until one is approved.");
		assertThat(RetentionPages.periodInWords(Period.parse("P1Y6M"))).isEqualTo("1 year and 6 months");
		assertThat(RetentionPages.periodInWords(Period.parse("P2Y1M3D"))).isEqualTo("2 years, 1 month and 3 days");
		assertThat(html(page(get("/privacy"), DemoUsers.CPO), 200)).contains("href=\"/privacy/retention\"");
	}

	@Test
	void theDestructionLogIsShownOnlyToThoseWhoReviewIt() throws Exception {
		String recordId = UUID.randomUUID().toString();
		String iceRecordId = UUID.randomUUID().toString();
		try (Connection db = Database.superuser()) {
			db.createStatement().execute("""
					insert into kernel.destruction_log (record_type, record_id, owning_component, schedule_code, rule,
					    due_at, destroyed_at)
					values ('crm.individual', '%s', 'PSO', 'CRM_REFERENCE', 'CRM PIA 3.2-3.3: one year', now(), now()),
					       ('crm.individual', '%s', 'ICE', 'CRM_REFERENCE', 'CRM PIA 3.2-3.3: one year', now(), now())"""
				.formatted(recordId, iceRecordId));
		}
		String isso = html(page(get("/privacy/retention"), DemoUsers.ISSO), 200);
		assertThat(isso).contains("destruction-log-caption").contains(recordId).contains(iceRecordId)
			.contains("CRM_REFERENCE")
			.as("the ISSO does not place holds").doesNotContain("Place legal hold");
		assertThat(html(page(get("/privacy/retention"), DemoUsers.ICE_PRIVACY), 200))
			.as("a component privacy officer reviews their own component's destructions only")
			.contains(iceRecordId).doesNotContain(recordId);

		String analyst = html(page(get("/privacy/retention"), DemoUsers.PSO_ANALYST), 200);
		assertThat(analyst).contains("The destruction log is shown to privacy officers")
			.doesNotContain(recordId)
			.doesNotContain("destruction-log-caption")
			.doesNotContain("Place legal hold")
			.contains("N1-563-07-001");
	}

	@Test
	void aLegalHoldStopsTheSweeperFromAnnouncingARecord() throws Exception {
		String id = createIndividualAs(DemoUsers.ICE_LIAISON);
		mvc.perform(hold(DemoUsers.ICE_PRIVACY, "place", id, "Litigation hold for case 24-cv-0123"))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/privacy/retention"))
			.andExpect(flash().attribute("notice", "A legal hold was placed on crm.individual " + id
					+ ". It will not be destroyed until the hold is released."));
		assertThat(queryString("select held_by from kernel.retention_record where record_id = '" + id + "' and legal_hold"))
			.isEqualTo("ice-privacy");

		expire(id);
		sweeper.sweep(Instant.now());
		assertThat(count("select count(*) from kernel.retention_record where record_id = '" + id
				+ "' and notified_at is null")).as("not announced").isEqualTo(1);
		assertThat(count("select count(*) from crm.individual where id = '" + id + "'")).as("still present").isEqualTo(1);

		mvc.perform(hold(DemoUsers.CPO, "release", id, ""))
			.andExpect(status().isSeeOther())
			.andExpect(flash().attribute("notice", "The legal hold on crm.individual " + id
					+ " was released. Its retention schedule applies again."));
		assertThat(sweeper.sweep(Instant.now())).as("announced once released").isGreaterThanOrEqualTo(1);
		long deadline = System.currentTimeMillis() + 15_000;
		while (count("select count(*) from kernel.destruction_log where record_id = '" + id + "'") == 0
				&& System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
		assertThat(count("select count(*) from kernel.destruction_log where record_id = '" + id + "'")).isEqualTo(1);
	}

	@Test
	void anUnknownRecordCannotBeHeldOrReleasedAndTheErrorNamesTheRecordId() throws Exception {
		String unknown = UUID.randomUUID().toString();
		for (String action : new String[] { "place", "release" }) {
			String html = html(hold(DemoUsers.ICE_PRIVACY, action, unknown, "FOIA request 2026-0042"), 422);
			assertThat(html).as(action)
				.containsPattern("id=\"recordId-error\"[^>]*>No record of type crm.individual with this ID is kept under a "
						+ "retention schedule. Check the record type and the ID.</span>")
				.contains("href=\"#recordId\"")
				.contains("value=\"" + unknown + "\"");
		}
		assertThat(count("select count(*) from kernel.audit_entry where record_id = '" + unknown + "'")).isZero();
	}

	@Test
	void aLegalHoldNeedsAReasonAndARecord() throws Exception {
		String id = createIndividualAs(DemoUsers.ICE_LIAISON);
		String html = html(page(post("/privacy/retention/holds"), DemoUsers.ICE_PRIVACY).with(csrf())
			.param("recordType", "").param("recordId", id).param("reason", " ").param("action", "place"), 422);
		assertThat(html).containsPattern("id=\"reason-error\"[^>]*>Enter why the record must be kept</span>")
			.containsPattern("id=\"recordType-error\"[^>]*>Enter the record type</span>");
		assertThat(count("select count(*) from kernel.retention_record where record_id = '" + id + "' and legal_hold"))
			.isZero();
	}

	@Test
	void crmUsersCannotPlaceALegalHold() throws Exception {
		String id = createIndividualAs(DemoUsers.PSO_ADMIN);
		assertThat(html(hold(DemoUsers.PSO_ADMIN, "place", id, "Keep it"), 403)).contains("<h1>No access</h1>");
		assertThat(html(hold(DemoUsers.ISSO, "place", id, "Keep it"), 403)).contains("<h1>No access</h1>");
		assertThat(count("select count(*) from kernel.retention_record where record_id = '" + id + "' and legal_hold"))
			.isZero();
	}

	// Support ------------------------------------------------------------------------------------------------------

	/** A page request as the user, in a session that affirmed the rules of behavior. */
	private static MockHttpServletRequestBuilder page(MockHttpServletRequestBuilder request, DemoUsers user) {
		return request.with(user.token()).sessionAttr(RulesOfBehavior.SESSION_ATTRIBUTE, Instant.now());
	}

	private static MockHttpServletRequestBuilder disclosure(DemoUsers user, String recipient, String recordType,
			String recordId) {
		return page(post("/privacy/disclosures"), user).with(csrf())
			.param("recipient", recipient)
			.param("purpose", "Oversight inquiry about outreach")
			.param("authority", "DHS/ALL-002 routine use B")
			.param("recordType", recordType)
			.param("recordId", recordId);
	}

	private static MockHttpServletRequestBuilder hold(DemoUsers user, String action, String recordId, String reason) {
		return page(post("/privacy/retention/holds"), user).with(csrf())
			.param("recordType", "crm.individual")
			.param("recordId", recordId)
			.param("reason", reason)
			.param("action", action);
	}

	private String html(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
		return mvc.perform(request)
			.andExpect(status().is(expectedStatus))
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private String createIndividualAs(DemoUsers user) throws Exception {
		String body = mvc.perform(post("/api/crm/individuals").with(user.token()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"firstName\":\"Privacy\",\"lastName\":\"Pages\",\"email\":\"p@example.org\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private static void expire(String id) throws Exception {
		try (Connection db = Database.superuser()) {
			db.createStatement().execute("update kernel.retention_record set destroy_after = now() - interval '1 day' "
					+ "where record_type = 'crm.individual' and record_id = '" + id + "'");
		}
	}

	/** The whole start tag holding the attribute, so that assertions do not depend on the order of attributes. */
	static String tag(String html, String attribute) {
		int at = html.indexOf(attribute);
		assertThat(at).as("tag with " + attribute).isNotNegative();
		return html.substring(html.lastIndexOf('<', at), html.indexOf('>', at) + 1);
	}

	private static long count(String sql) throws Exception {
		try (Connection db = Database.superuser(); ResultSet rs = db.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static String queryString(String sql) throws Exception {
		try (Connection db = Database.superuser(); ResultSet rs = db.createStatement().executeQuery(sql)) {
			return rs.next() ? rs.getString(1) : null;
		}
	}
}
