package org.casekeep.privacy;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;

import org.casekeep.kernel.audit.AuditCheckpoints;
import org.casekeep.kernel.retention.RetentionSweeper;
import org.casekeep.testing.Database;
import org.casekeep.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The privacy office's API: inventory, audit review, chain verification, disclosures, retention. */
@SpringBootTest
@AutoConfigureMockMvc
class PrivacyApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RetentionSweeper sweeper;

	@Autowired
	AuditCheckpoints checkpoints;

	@Test
	void theDataInventoryListsEveryDeclaredFieldWithVisibilityRetentionAndLegalBasis() throws Exception {
		mvc.perform(get("/api/privacy/data-inventory").with(DemoUsers.PSO_ANALYST.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.recordType == 'crm.individual' && @.field == 'cellPhone')].visibleTo")
				.value(hasItem("crm_contact_viewer")))
			.andExpect(jsonPath("$[?(@.field == 'cellPhone')].scope").value(hasItem("OWNING_COMPONENT")))
			.andExpect(jsonPath("$[?(@.field == 'email')].retentionSchedule").value(hasItem(
					org.hamcrest.Matchers.containsString("CRM PIA 3.2"))))
			.andExpect(jsonPath("$[?(@.field == 'notes')].legalBasis").value(hasItem(
					org.hamcrest.Matchers.containsString("DHS/ALL-002"))))
			.andExpect(jsonPath("$[?(@.recordType == 'crm.individual')].field").value(org.hamcrest.Matchers.hasItems(
					"firstName", "lastName", "title", "workPhone", "cellPhone", "email", "address", "notes", "interests")));
	}

	@Test
	void aComponentPrivacyOfficerSeesOnlyTheirComponentsEntries() throws Exception {
		createIndividualAs(DemoUsers.PSO_OWNER);
		mvc.perform(get("/api/privacy/audit").param("recordType", "crm.individual").with(DemoUsers.ICE_PRIVACY.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].recordComponent").value(everyItem(is("ICE"))));
		mvc.perform(get("/api/privacy/audit").param("username", "pso-owner").with(DemoUsers.CPO.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].action").value(hasItem("CREATE")));
	}

	@Test
	void crmUsersCannotReadTheAuditTrail() throws Exception {
		mvc.perform(get("/api/privacy/audit").with(DemoUsers.PSO_ADMIN.token())).andExpect(status().isForbidden());
	}

	@Test
	void theIssoVerifiesTheChainAndAPrivacyOfficerMayNot() throws Exception {
		mvc.perform(get("/api/privacy/audit/verification").with(DemoUsers.ISSO.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.firstBrokenEntryId").doesNotExist());
		mvc.perform(get("/api/privacy/audit/verification").with(DemoUsers.ICE_PRIVACY.token()))
			.andExpect(status().isForbidden());
	}

	@Test
	void thePublishedKeyVerifiesTheLastCheckpointOfTheMainChain() throws Exception {
		createIndividualAs(DemoUsers.PSO_OWNER);
		checkpoints.write();
		String pem = mvc.perform(get("/api/privacy/audit/checkpoints/key").with(DemoUsers.PSO_ANALYST.token()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/x-pem-file"))
			.andReturn().getResponse().getContentAsString();
		assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----")
			.isEqualTo(Files.readString(checkpoints.directory().resolve("signing-key.pub.pem")));
		PublishedCheckpointKey published = PublishedCheckpointKey.of(pem);

		String body = mvc.perform(get("/api/privacy/audit/checkpoints").with(DemoUsers.ISSO.token()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		Number entryId = JsonPath.<List<Number>>read(body, "$[?(@.chain == 'main')].entryId").getFirst();
		String line = Files.readAllLines(checkpoints.directory().resolve("main.checkpoints")).stream()
			.filter(stored -> stored.contains(" entry=" + entryId + " ")).findFirst().orElseThrow();
		assertThat(published.verifies(line)).isTrue();

		mvc.perform(get("/api/privacy/audit/checkpoints").with(DemoUsers.PSO_ADMIN.token()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aDisclosureAwaitsApprovalAndOnceApprovedIsListedPerRecordAndPerPerson() throws Exception {
		String id = createIndividualAs(DemoUsers.PSO_OWNER);
		String created = mvc.perform(post("/api/privacy/disclosures").with(DemoUsers.PSO_ADMIN.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"recipient":"Senate HSGAC staff","purpose":"Congressional inquiry","authority":"DHS/ALL-002 routine use B",
						 "records":[{"recordType":"crm.individual","recordId":"%s"}]}""".formatted(id)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("AWAITING_APPROVAL"))
			.andExpect(jsonPath("$.requestedBy").value("pso-admin"))
			.andExpect(jsonPath("$.decidedBy").doesNotExist())
			.andExpect(jsonPath("$.records[0].subjectId").value(id))
			.andExpect(jsonPath("$.records[0].owningComponent").value("PSO"))
			.andReturn().getResponse().getHeader("Location");
		assertThat(created).startsWith("/api/privacy/disclosures/");
		mvc.perform(get(created).with(DemoUsers.PSO_ADMIN.token())).andExpect(jsonPath("$.status").value("AWAITING_APPROVAL"));
		mvc.perform(get(created).with(DemoUsers.ICE_PRIVACY.token())).andExpect(status().isNotFound());
		mvc.perform(get("/api/privacy/disclosures").param("awaitingApproval", "true").with(DemoUsers.CPO.token()))
			.andExpect(jsonPath("$[?(@.recipient == 'Senate HSGAC staff')].status").value(
					org.hamcrest.Matchers.hasItem("AWAITING_APPROVAL")));

		mvc.perform(post(created + "/approve").with(DemoUsers.PSO_ADMIN.token())).andExpect(status().isForbidden());
		mvc.perform(post(created + "/approve").with(DemoUsers.CPO.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.decidedBy").value("cpo"));
		mvc.perform(post(created + "/refuse").with(DemoUsers.CPO.token()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("This disclosure was approved already"));

		mvc.perform(get("/api/privacy/disclosures").param("recordType", "crm.individual").param("recordId", id)
				.with(DemoUsers.CPO.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].recipient").value("Senate HSGAC staff"))
			.andExpect(jsonPath("$[0].requestedBy").value("pso-admin"))
			.andExpect(jsonPath("$[0].status").value("APPROVED"));
		mvc.perform(get("/api/privacy/disclosures").param("subjectId", id).with(DemoUsers.CPO.token()))
			.andExpect(jsonPath("$.length()").value(1));
		mvc.perform(get("/api/privacy/disclosures").param("subjectId", id).with(DemoUsers.ICE_PRIVACY.token()))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void anIncompleteDisclosureIsRefusedNamingTheMissingFields() throws Exception {
		mvc.perform(post("/api/privacy/disclosures").with(DemoUsers.PSO_ADMIN.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"recipient\":\"x\",\"records\":[]}"))
			.andExpect(status().is4xxClientError())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("purpose")));
	}

	@Test
	void anExpiredStakeholderIsDestroyedByTheSweeperAndTheDestructionLogged() throws Exception {
		String id = createIndividualAs(DemoUsers.ICE_LIAISON);
		try (Connection db = Database.superuser()) {
			db.createStatement().execute("update kernel.retention_record set destroy_after = now() - interval '1 day' "
					+ "where record_type = 'crm.individual' and record_id = '" + id + "'");
		}
		assertThat(sweeper.sweep(Instant.now())).isGreaterThanOrEqualTo(1);
		long deadline = System.currentTimeMillis() + 15_000;
		boolean destroyed = false;
		while (!destroyed && System.currentTimeMillis() < deadline) {
			try (Connection db = Database.superuser(); ResultSet rs = db.createStatement().executeQuery(
					"select count(*) from kernel.destruction_log where record_id = '" + id + "'")) {
				rs.next();
				destroyed = rs.getInt(1) == 1;
			}
			Thread.sleep(100);
		}
		assertThat(destroyed).as("destruction logged").isTrue();
		mvc.perform(get("/api/crm/individuals/{id}", id).with(DemoUsers.ICE_LIAISON.token()))
			.andExpect(status().isNotFound());
		try (Connection db = Database.superuser(); ResultSet rs = db.createStatement().executeQuery(
				"select schedule_code, rule, owning_component from kernel.destruction_log where record_id = '" + id + "'")) {
			rs.next();
			assertThat(rs.getString(1)).isEqualTo("CRM_REFERENCE");
			assertThat(rs.getString(2)).contains("one year");
			assertThat(rs.getString(3)).as("the component its audit entries name").isEqualTo("ICE");
		}
	}

	private String createIndividualAs(DemoUsers user) throws Exception {
		String body = mvc.perform(post("/api/crm/individuals").with(user.token()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"firstName\":\"Audit\",\"lastName\":\"Subject\",\"email\":\"a@example.org\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}
}
