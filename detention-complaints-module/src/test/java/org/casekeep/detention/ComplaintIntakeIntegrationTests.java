package org.casekeep.detention;

import java.sql.Connection;
import java.sql.ResultSet;

import com.jayway.jsonpath.JsonPath;

import org.casekeep.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Complaint intake through the API against the embedded PostgreSQL, as OIDO's users and others: case numbers, PIA 8.1
 * (intake creates but cannot read), PIA 3.3 (nobody outside OIDO sees anything), audit of reads, the SPII scan of the
 * description, bad input refused naming the field with nothing written, and unscheduled retention.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class ComplaintIntakeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.casekeep.kernel.inventory.DataInventory inventory;

	@Test
	void intakeStaffEnterAComplaintAndGetItsCaseNumberAndNothingElse() throws Exception {
		String body = mvc.perform(post("/api/detention/complaints").with(OidoUsers.INTAKE.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content(ComplaintRequests.full("Maria Elena Lopez", "A-12345678", "1990-04-12", "No interpreter at medical visits")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/detention/complaints/")))
			.andExpect(jsonPath("$.caseNumber").value(matchesPattern("OIDO-20\\d\\d-\\d{6}")))
			.andExpect(jsonPath("$.descriptionFindings").isEmpty())
			.andReturn().getResponse().getContentAsString();
		assertThat(body).doesNotContain("Lopez").doesNotContain("12345678");
		String id = JsonPath.read(body, "$.id");
		try (Connection db = TestDatabase.superuser(); ResultSet rs = db.createStatement().executeQuery("""
				select case_number, a_number, created_by, status, channel, description, detainee_aliases,
				       (select count(*) from detention.complaint_detention_stay s where s.complaint_id = c.id) stays
				from detention.complaint c where id = '%s'""".formatted(id))) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString("case_number")).isEqualTo(JsonPath.read(body, "$.caseNumber"));
			assertThat(rs.getString("a_number")).as("the normal form").isEqualTo("A012345678");
			assertThat(rs.getString("created_by")).isEqualTo("oido-intake");
			assertThat(rs.getString("status")).isEqualTo("RECEIVED");
			assertThat(rs.getString("channel")).isEqualTo("MAIL");
			assertThat(rs.getString("description")).as("PIA 2.4: as received").isEqualTo("No interpreter at medical visits");
			assertThat(rs.getInt("stays")).isEqualTo(1);
		}
	}

	@Test
	void caseNumbersFollowOneAnotherWithinTheYear() throws Exception {
		String first = caseNumber(ComplaintRequests.full("Ana One", "A111111111", "1980-01-01", "First"));
		String second = caseNumber(ComplaintRequests.full("Ana Two", "A111111112", "1980-01-02", "Second"));
		assertThat(Integer.parseInt(second.substring(10))).isEqualTo(Integer.parseInt(first.substring(10)) + 1);
		assertThat(second.substring(0, 10)).isEqualTo(first.substring(0, 10));
	}

	@Test
	void intakeStaffCannotReadNorListTheComplaintsTheyEntered() throws Exception {
		String id = ComplaintRequests.file(mvc, ComplaintRequests.full("Rosa Diaz", "A222222222", "1985-02-02", "Lost property"));
		mvc.perform(get("/api/detention/complaints/{id}", id).with(OidoUsers.INTAKE.token()))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Rosa"))));
		mvc.perform(get("/api/detention/complaints").with(OidoUsers.INTAKE.token()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/detention/complaints/{id}/triage", id).with(OidoUsers.INTAKE.token()))
			.andExpect(status().isForbidden());
		assertThat(TestDatabase.count("""
				select count(*) from kernel.audit_entry where actor = 'oido-intake' and action = 'ACCESS_DENIED'
				and record_type = 'detention.complaint'""")).isGreaterThanOrEqualTo(3);
		assertThat(TestDatabase.count("""
				select count(*) from kernel.audit_entry where actor = 'oido-intake' and action = 'READ'
				and record_type = 'detention.complaint'""")).isZero();
	}

	@Test
	void nobodyOutsideOidoCreatesReadsOrListsAnythingNotEvenWhetherAComplaintExists() throws Exception {
		String id = ComplaintRequests.file(mvc, ComplaintRequests.full("Luz Mora", "A333333333", "1975-03-03", "Abuse"));
		for (OidoUsers outsider : new OidoUsers[] { OidoUsers.ICE_LIAISON, OidoUsers.ICE_WITH_OIDO_ROLE, OidoUsers.ADMIN }) {
			mvc.perform(get("/api/detention/complaints/{id}", id).with(outsider.token())).andExpect(status().isForbidden());
			mvc.perform(get("/api/detention/complaints/{id}", java.util.UUID.randomUUID()).with(outsider.token()))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/detention/complaints").with(outsider.token())).andExpect(status().isForbidden());
			mvc.perform(post("/api/detention/complaints").with(outsider.token()).contentType(MediaType.APPLICATION_JSON)
					.content(ComplaintRequests.full("X Y", "A444444444", "1970-01-01", "Z")))
				.andExpect(status().isForbidden());
		}
		assertThat(TestDatabase.count("select count(*) from detention.complaint where a_number = 'A444444444'")).isZero();
	}

	@Test
	void analystsReadEveryElementAndTheReadIsAuditedWithTheFieldsRevealed() throws Exception {
		String id = ComplaintRequests.file(mvc, ComplaintRequests.full("Elena Cruz", "A555555555", "1991-05-05", "Denied insulin"));
		mvc.perform(get("/api/detention/complaints/{id}", id).with(OidoUsers.ANALYST.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.aNumber").value("A555555555"))
			.andExpect(jsonPath("$.detaineeName").value("Elena Cruz"))
			.andExpect(jsonPath("$.transgenderStatus").value("NOT_GIVEN"))
			.andExpect(jsonPath("$.detentionHistory[0].facility").value("Otero County Processing Center"))
			.andExpect(jsonPath("$.categories", hasItem("MEDICAL")))
			.andExpect(jsonPath("$.submitterPhone").value("+1 915-555-0101"))
			.andExpect(jsonPath("$.status").value("RECEIVED"));
		try (Connection db = TestDatabase.superuser(); ResultSet rs = db.createStatement().executeQuery("""
				select actor, actor_component, fields, purpose from kernel.audit_entry
				where record_type = 'detention.complaint' and record_id = '%s' and action = 'READ'
				order by id desc limit 1""".formatted(id))) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString("actor")).isEqualTo("oido-analyst");
			assertThat(rs.getString("actor_component")).isEqualTo("OIDO");
			assertThat(rs.getString("fields")).contains("aNumber", "detaineeName", "dateOfBirth", "description",
					"transgenderStatus", "detentionHistory", "submitterEmail");
			assertThat(rs.getString("purpose")).isEqualTo("OIDO complaint handling");
		}
		assertThat(TestDatabase.single("""
				select fields from kernel.audit_entry where record_id = ? and action = 'CREATE'""", id))
			.contains("aNumber", "detaineeName").doesNotContain("A555555555");
	}

	@Test
	void theWorkQueueListsComplaintsAPageAtATimeAndAuditsEachRowRead() throws Exception {
		ComplaintRequests.file(mvc, ComplaintRequests.full("Queue One", "A666666661", "1960-06-06", "One"));
		ComplaintRequests.file(mvc, ComplaintRequests.full("Queue Two", "A666666662", "1960-06-07", "Two"));
		long readsBefore = TestDatabase.count("select count(*) from kernel.audit_entry where action = 'READ' and actor = 'oido-manager'");
		mvc.perform(get("/api/detention/complaints").param("size", "1").param("status", "received")
				.with(OidoUsers.MANAGER.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.size").value(1))
			.andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)));
		assertThat(TestDatabase.count("select count(*) from kernel.audit_entry where action = 'READ' and actor = 'oido-manager'"))
			.isEqualTo(readsBefore + 1);
		mvc.perform(get("/api/detention/complaints").param("status", "LOST").with(OidoUsers.MANAGER.token()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
	}

	@Test
	void anInvalidANumberIsRefusedWith422NamingTheFieldAndNothingIsWritten() throws Exception {
		long complaints = TestDatabase.count("select count(*) from detention.complaint");
		long audits = TestDatabase.count("select count(*) from kernel.audit_entry where action = 'CREATE'");
		String counters = TestDatabase.single("select coalesce(sum(last_number), 0)::text from detention.case_number_counter");
		mvc.perform(post("/api/detention/complaints").with(OidoUsers.INTAKE.token()).contentType(MediaType.APPLICATION_JSON)
				.content(ComplaintRequests.full("Bad Number", "B1234", "1990-01-01", "Whatever")
					.replace("\"sex\":\"FEMALE\"", "\"sex\":\"UNKNOWN\"")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[?(@.field == 'aNumber')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'sex')]").exists())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("B1234"))));
		assertThat(TestDatabase.count("select count(*) from detention.complaint")).isEqualTo(complaints);
		assertThat(TestDatabase.count("select count(*) from kernel.audit_entry where action = 'CREATE'")).isEqualTo(audits);
		assertThat(TestDatabase.single("select coalesce(sum(last_number), 0)::text from detention.case_number_counter"))
			.as("no case number spent").isEqualTo(counters);
	}

	@Test
	void theRequiredFieldsAreChannelDayReceivedAndDescription() throws Exception {
		mvc.perform(post("/api/detention/complaints").with(OidoUsers.INTAKE.token()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"receivedOn\":\"2999-01-01\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.field == 'channel')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'receivedOn')].message").value(hasItem(containsString("future"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'description')]").exists());
	}

	@Test
	void anAnonymousTelephoneComplaintNeedsNoSubmitterAndMayNotNameOne() throws Exception {
		String id = ComplaintRequests.file(mvc, """
				{"channel":"TELEPHONE","receivedOn":"2026-12-01","anonymous":true,
				 "description":"Guards withhold mail at the facility"}""");
		mvc.perform(get("/api/detention/complaints/{id}", id).with(OidoUsers.ANALYST.token()))
			.andExpect(jsonPath("$.anonymous").value(true))
			.andExpect(jsonPath("$.submitterName").doesNotExist());
		mvc.perform(post("/api/detention/complaints").with(OidoUsers.INTAKE.token()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"channel":"TELEPHONE","receivedOn":"2026-12-01","anonymous":true,"submitterName":"Known Person",
						 "description":"x"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("anonymous"));
	}

	@Test
	void onlyAPaperFormTakenInPersonHasAnOriginalToDestroy() throws Exception {
		ComplaintRequests.file(mvc, """
				{"channel":"IN_PERSON","receivedOn":"2026-11-02","paperOriginalDestroyedOn":"2026-11-03",
				 "description":"Taken at the facility on a paper form"}""");
		mvc.perform(post("/api/detention/complaints").with(OidoUsers.INTAKE.token()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"channel":"FAX","receivedOn":"2026-11-02","paperOriginalDestroyedOn":"2026-11-03",
						 "description":"x"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("paperOriginalDestroyedOn"));
	}

	@Test
	void unsolicitedIdentifiersInTheDescriptionAreFoundAndRedactedOnlyIfStaffChooseTo() throws Exception {
		String description = "My passport number is X1234567 and my visa # 78123456; A-Number A123456789.";
		String kept = mvc.perform(post("/api/detention/complaints").with(OidoUsers.INTAKE.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content(ComplaintRequests.full("Spii Kept", "A777777771", "1970-07-07", description)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.descriptionFindings[*].kind").value(
					org.hamcrest.Matchers.contains("PASSPORT_NUMBER", "VISA_NUMBER", "A_NUMBER")))
			.andExpect(jsonPath("$.redacted").value(false))
			.andReturn().getResponse().getContentAsString();
		assertThat(kept).doesNotContain("X1234567");
		assertThat(TestDatabase.single("select description from detention.complaint where id = ?::uuid",
				(String) JsonPath.read(kept, "$.id"))).as("PIA 2.4: kept as received unless redaction is chosen").isEqualTo(description);

		String redacted = mvc.perform(post("/api/detention/complaints").with(OidoUsers.INTAKE.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content(ComplaintRequests.full("Spii Redacted", "A777777772", "1970-07-08", description)
					.replace("\"consentToInvestigate\":true", "\"redactUnsolicitedIdentifiers\":true,\"consentToInvestigate\":true")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.redacted").value(true))
			.andReturn().getResponse().getContentAsString();
		assertThat(TestDatabase.single("select description from detention.complaint where id = ?::uuid",
				(String) JsonPath.read(redacted, "$.id")))
			.isEqualTo("My passport number is [REDACTED PASSPORT_NUMBER] and my visa # [REDACTED VISA_NUMBER]; "
					+ "A-Number [REDACTED A_NUMBER].");
		assertThat(TestDatabase.single("select details from kernel.audit_entry where record_id = ? and action = 'CREATE'",
				(String) JsonPath.read(redacted, "$.id")))
			.contains("redacted: PASSPORT_NUMBER,VISA_NUMBER,A_NUMBER").doesNotContain("X1234567");
	}

	@Test
	void complaintsAreUnscheduledSoTrackedButNeverDue() throws Exception {
		String id = ComplaintRequests.file(mvc, ComplaintRequests.full("Kept Forever", "A888888888", "1950-08-08", "Kept"));
		try (Connection db = TestDatabase.superuser(); ResultSet rs = db.createStatement().executeQuery("""
				select r.schedule_code, r.destroy_after, s.kind from kernel.retention_record r
				join kernel.retention_schedule s on s.code = r.schedule_code
				where r.record_type = 'detention.complaint' and r.record_id = '%s'""".formatted(id))) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString("schedule_code")).isEqualTo("OIDO_UNSCHEDULED");
			assertThat(rs.getString("kind")).isEqualTo("UNSCHEDULED");
			assertThat(rs.getTimestamp("destroy_after")).as("PIA 5.1: no records will be destroyed").isNull();
		}
	}

	@Test
	void theDataInventoryListsEveryPia21ElementOnceAndSaysComplaintsAreKeptUntilAScheduleIsApproved() {
		java.util.List<org.casekeep.kernel.inventory.InventoryEntry> complaint = inventory.entries().stream()
			.filter(entry -> entry.recordType().equals("detention.complaint")).toList();
		assertThat(complaint).extracting(org.casekeep.kernel.inventory.InventoryEntry::field).doesNotHaveDuplicates()
			.contains("caseNumber", "submitterName", "submitterAliases", "submitterMailingAddress", "submitterEmail",
					"submitterPhone", "submitterFax", "submitterOrganization", "detaineeName", "detaineeAliases", "aNumber",
					"detaineeMailingAddress", "detaineeEmail", "detaineePhone", "sex", "transgenderStatus", "dateOfBirth",
					"countryOfBirth", "citizenships", "detentionHistory", "incidentDate", "description", "categories",
					"subjectOfInquiry", "otherFamilyMembers", "priorActions", "designatedRepresentative",
					"verificationSignedBy", "corrections", "researchNotes");
		assertThat(complaint).allSatisfy(entry -> {
			assertThat(entry.retentionSchedule()).contains("Unscheduled");
			assertThat(entry.retentionRule()).startsWith("Unscheduled — nothing is destroyed.")
				.contains("Kept until a schedule is approved");
			assertThat(entry.legalBasis()).contains("DHS/ALL-020");
		});
		assertThat(complaint).filteredOn(entry -> entry.field().equals("aNumber")).singleElement()
			.satisfies(entry -> assertThat(entry.sensitivity()).isEqualTo(org.casekeep.kernel.pii.Sensitivity.HIGH));
	}

	private String caseNumber(String json) throws Exception {
		String body = mvc.perform(post("/api/detention/complaints").with(OidoUsers.INTAKE.token())
				.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.caseNumber");
	}
}
