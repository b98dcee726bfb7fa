package org.casekeep.privacy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.disclosure.Disclosure;
import org.casekeep.kernel.disclosure.DisclosureAccounting;
import org.casekeep.kernel.disclosure.DisclosureRequest;
import org.casekeep.kernel.disclosure.DisclosureStatus;
import org.casekeep.kernel.disclosure.RecordReference;
import org.casekeep.kernel.retention.RetentionSweeper;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.testing.Database;
import org.casekeep.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * OIDO PIA 6.4: supervisors approve all external sharing before any dissemination. A disclosure is final only once
 * someone other than the requester approves it, within the component whose records it names; a record the module
 * does not yet allow to be shared cannot be asked for.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DisclosureApprovalIntegrationTests {

	/** A PSO administrator who is also PSO's privacy officer: may ask and may approve, but never both for one request. */
	static final Actor PSO_ADMIN_AND_PRIVACY = new Actor("pso-admin-privacy", "PSO", Set.of("crm_user", "crm_admin", "privacy_officer"));

	static final Actor PSO_PRIVACY = new Actor("pso-privacy", "PSO", Set.of("privacy_officer"));

	@Autowired
	MockMvc mvc;

	@Autowired
	DisclosureAccounting accounting;

	@Autowired
	RetentionSweeper sweeper;

	@Test
	void theRequesterCannotApproveTheirOwnDisclosureEvenWithAnApprovingRole() throws Exception {
		String id = individualOf(DemoUsers.PSO_OWNER);
		Disclosure asked = Actors.callAs(PSO_ADMIN_AND_PRIVACY, () -> accounting.request(new DisclosureRequest(
				"GAO audit team", "Audit of outreach", "DHS/ALL-002 routine use B",
				List.of(new RecordReference("crm.individual", id)))));
		assertThat(asked.status()).isEqualTo(DisclosureStatus.AWAITING_APPROVAL);

		assertThatThrownBy(() -> Actors.runAs(PSO_ADMIN_AND_PRIVACY, () -> accounting.approve(asked.id())))
			.isInstanceOf(AccessDeniedException.class)
			.hasMessage("You asked for this disclosure; another approver must decide it");
		assertThat(query("select status from kernel.disclosure where id = '" + asked.id() + "'"))
			.isEqualTo("AWAITING_APPROVAL");
		assertThat(query("select count(*) from kernel.audit_entry where action = 'ACCESS_DENIED' and actor = "
				+ "'pso-admin-privacy' and record_id = '" + asked.id() + "' and details = 'own request'")).isEqualTo("1");

		Disclosure approved = Actors.callAs(PSO_PRIVACY, () -> accounting.approve(asked.id()));
		assertThat(approved.status()).isEqualTo(DisclosureStatus.APPROVED);
		assertThat(approved.decidedBy()).isEqualTo("pso-privacy");
		assertThat(approved.decidedAt()).isAfterOrEqualTo(approved.requestedAt());
		assertThat(query("select count(*) from kernel.audit_entry where action = 'DISCLOSURE' and actor = 'pso-privacy' "
				+ "and record_id = '" + id + "'")).isEqualTo("1");
	}

	@Test
	void aRefusedDisclosureStaysInTheAccountingAndDisclosesNothing() throws Exception {
		String id = individualOf(DemoUsers.PSO_OWNER);
		Disclosure asked = Actors.callAs(DemoUsers.PSO_ADMIN.actor(), () -> accounting.request(new DisclosureRequest(
				"A vendor", "Marketing", "none", List.of(new RecordReference("crm.individual", id)))));
		Disclosure refused = Actors.callAs(PSO_PRIVACY, () -> accounting.refuse(asked.id()));
		assertThat(refused.status()).isEqualTo(DisclosureStatus.REFUSED);
		assertThat(Actors.callAs(DemoUsers.CPO.actor(), () -> accounting.forSubject(id)))
			.extracting(Disclosure::status).containsExactly(DisclosureStatus.REFUSED);
		assertThat(query("select count(*) from kernel.audit_entry where action = 'DISCLOSURE' and record_id = '" + id + "'"))
			.isEqualTo("0");
	}

	@Test
	void correspondenceAwaitingItsSpiiReviewCannotBeAskedForYet() throws Exception {
		String body = mvc.perform(multipart("/api/correspondence/intake")
				.file(new MockMultipartFile("correspondence", "", MediaType.APPLICATION_JSON_VALUE, """
						{"channel":"POSTAL_MAIL","sourceType":"PUBLIC","subject":"Benefit question",
						 "body":"My SSN is 123-45-6789.","lastName":"Hale"}""".getBytes()))
				.with(DemoUsers.ESEC_CLERK.token()))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String letter = JsonPath.read(body, "$.id");
		String reference = JsonPath.read(body, "$.referenceNumber");
		assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("SPII_REVIEW");
		assertThatThrownBy(() -> Actors.runAs(DemoUsers.ESEC_CLERK.actor(), () -> accounting.request(
				new DisclosureRequest("GAO", "Audit", "DHS/ALL-016 routine use F",
						List.of(new RecordReference("correspondence.correspondence", letter))))))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.anySatisfy(problem -> {
					assertThat(problem.field()).isEqualTo("records");
					assertThat(problem.message()).isEqualTo("Finish the SPII review of " + reference
							+ " before sharing it outside the Department");
				}));
		assertThat(query("select count(*) from kernel.disclosure_item where record_id = '" + letter + "'")).isEqualTo("0");
	}

	@Test
	void theAccountingIsKeptFiveYearsOrAsLongAsTheRecordDisclosedWhicheverIsLater() throws Exception {
		String id = individualOf(DemoUsers.PSO_OWNER);
		Disclosure asked = Actors.callAs(DemoUsers.PSO_ADMIN.actor(), () -> accounting.request(new DisclosureRequest(
				"Senate HSGAC staff", "Oversight", "DHS/ALL-002 routine use B",
				List.of(new RecordReference("crm.individual", id)))));
		assertThat(query("select count(*) from kernel.retention_record where record_id = '" + asked.id() + "'"))
			.as("nothing to keep before the decision").isEqualTo("0");
		Disclosure approved = Actors.callAs(PSO_PRIVACY, () -> accounting.approve(asked.id()));
		assertThat(query("select schedule_code || ' ' || (destroy_after = decided_at + interval '5 years') "
				+ "from kernel.retention_record r join kernel.disclosure d on d.id::text = r.record_id "
				+ "where r.record_type = 'kernel.disclosure' and r.record_id = '" + approved.id() + "'"))
			.isEqualTo("GRS_4_2_050 true");

		// Five years on, the individual is still kept (contacted since): the accounting waits for it.
		execute("update kernel.retention_record set destroy_after = now() - interval '1 day' where record_id = '"
				+ approved.id() + "'");
		String individualDue = query("select destroy_after from kernel.retention_record where record_id = '" + id + "'");
		sweeper.sweep(Instant.now());
		awaitQuery("select destroy_after from kernel.retention_record where record_id = '" + approved.id() + "'",
				individualDue);
		assertThat(query("select count(*) from kernel.disclosure where id = '" + approved.id() + "'")).isEqualTo("1");

		// Once the individual is destroyed, the accounting goes at its next due date, with a certificate.
		execute("update kernel.retention_record set destroy_after = now() - interval '1 day' where record_id = '" + id + "'");
		sweeper.sweep(Instant.now());
		awaitQuery("select count(*) from kernel.destruction_log where record_id = '" + id + "'", "1");
		execute("update kernel.retention_record set destroy_after = now() - interval '1 day' where record_id = '"
				+ approved.id() + "'");
		sweeper.sweep(Instant.now());
		awaitQuery("select count(*) from kernel.destruction_log where record_id = '" + approved.id() + "'", "1");
		assertThat(query("select count(*) from kernel.disclosure where id = '" + approved.id() + "'")).isEqualTo("0");
		assertThat(query("select count(*) from kernel.disclosure_item where disclosure_id = '" + approved.id() + "'"))
			.isEqualTo("0");
	}

	private String individualOf(DemoUsers user) throws Exception {
		String body = mvc.perform(post("/api/crm/individuals").with(user.token()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"firstName\":\"Disclosed\",\"lastName\":\"Person\",\"email\":\"d@example.org\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private static void execute(String sql) throws Exception {
		try (Connection db = Database.superuser()) {
			db.createStatement().execute(sql);
		}
	}

	/** Waits for the listeners that run after the sweep to bring the query to the value. */
	private static void awaitQuery(String sql, String expected) throws Exception {
		long deadline = System.currentTimeMillis() + 15_000;
		while (!expected.equals(query(sql)) && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
		assertThat(query(sql)).isEqualTo(expected);
	}

	private static String query(String sql) throws Exception {
		try (Connection db = Database.superuser(); ResultSet rs = db.createStatement().executeQuery(sql)) {
			return rs.next() ? rs.getString(1) : null;
		}
	}
}
