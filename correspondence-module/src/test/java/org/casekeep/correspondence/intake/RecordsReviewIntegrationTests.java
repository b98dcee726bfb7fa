package org.casekeep.correspondence.intake;

import java.sql.Connection;
import java.sql.ResultSet;

import com.jayway.jsonpath.JsonPath;
import org.casekeep.correspondence.OfficeUsers;
import org.casekeep.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Records review (PIA 5.1): the Executive Secretariat marks correspondence temporary or permanent. */
@ApplicationModuleTest
@AutoConfigureMockMvc
class RecordsReviewIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TrackedCorrespondence tracked;

	@Autowired
	org.casekeep.correspondence.taskers.TaskerRouting routing;

	@Autowired
	org.casekeep.correspondence.taskers.TaskerClearance clearance;

	@Test
	void markingARecordPermanentStopsItsRetentionClockAndTheChangeIsAudited() throws Exception {
		String created = mvc.perform(multipart("/api/correspondence/intake")
				.file(new MockMultipartFile("correspondence", "", MediaType.APPLICATION_JSON_VALUE, """
						{"channel":"POSTAL_MAIL","sourceType":"WHITE_HOUSE","subject":"Policy letter","lastName":"Hale",
						 "retentionSchedule":"GRS_5_2_010"}""".getBytes()))
				.with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(created, "$.id");
		// Closed, so the transitory schedule's clock runs: marking the record permanent must stop it.
		org.casekeep.kernel.access.Actors.runAs(OfficeUsers.ESEC_CLERK.actor(),
				() -> tracked.moveTo(java.util.UUID.fromString(id), CorrespondenceStatus.CLOSED));
		try (Connection db = TestDatabase.superuser(); ResultSet running = db.createStatement().executeQuery("""
				select destroy_after from kernel.retention_record
				where record_type = 'correspondence.correspondence' and record_id = '%s'""".formatted(id))) {
			assertThat(running.next()).isTrue();
			assertThat(running.getTimestamp(1)).isNotNull();
		}
		Integer version = JsonPath.read(mvc.perform(get("/api/correspondence/{id}", id)
				.with(OfficeUsers.ESEC_CLERK.token())).andReturn().getResponse().getContentAsString(), "$.version");

		mvc.perform(post("/api/correspondence/{id}/records-review", id).with(OfficeUsers.ICE_ACTION.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"schedule\":\"PERMANENT_UNTIL_SCHEDULED\",\"version\":" + version + "}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/correspondence/{id}/records-review", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"schedule\":\"FOREVER\",\"version\":" + version + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("schedule"));
		mvc.perform(post("/api/correspondence/{id}/records-review", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"schedule\":\"PERMANENT_UNTIL_SCHEDULED\",\"version\":" + version + "}"))
			.andExpect(status().isOk());
		mvc.perform(post("/api/correspondence/{id}/records-review", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"schedule\":\"N1_563_07_001\",\"version\":" + version + "}"))
			.andExpect(status().isConflict());

		try (Connection db = TestDatabase.superuser()) {
			ResultSet tracked = db.createStatement().executeQuery("""
					select schedule_code, destroy_after from kernel.retention_record
					where record_type = 'correspondence.correspondence' and record_id = '%s'""".formatted(id));
			assertThat(tracked.next()).isTrue();
			assertThat(tracked.getString(1)).isEqualTo("PERMANENT_UNTIL_SCHEDULED");
			assertThat(tracked.getTimestamp(2)).isNull();
			ResultSet audit = db.createStatement().executeQuery("""
					select details from kernel.audit_entry where record_id = '%s' and purpose = 'records review'""".formatted(id));
			assertThat(audit.next()).isTrue();
			assertThat(audit.getString(1)).isEqualTo("GRS_5_2_010 -> PERMANENT_UNTIL_SCHEDULED (permanent)");
		}
	}

	@Test
	void aLetterNobodyAnswersIsDestroyedTenYearsAfterTheCutOffOfTheYearItCameIn() throws Exception {
		String id = letter("N1_563_07_001");
		String created = query("select created_at at time zone 'UTC' from kernel.retention_record where record_id = '"
				+ id + "'");
		java.time.LocalDateTime at = java.time.LocalDateTime.parse(created.replace(' ', 'T'));
		int cutOffYear = at.getMonthValue() >= 10 ? at.getYear() + 1 : at.getYear();
		assertThat(query("select destroy_after at time zone 'UTC' from kernel.retention_record where record_id = '"
				+ id + "'")).as("counting from the fiscal year of receipt, closed or not")
			.isEqualTo((cutOffYear + 10) + "-10-01 00:00:00");
	}

	@Test
	void aLetterThatNeedsNoResponseIsClosedForAListedReasonAndItsScheduleCounts() throws Exception {
		String id = letter("GRS_4_1_010");
		assertThat(query("select destroy_after from kernel.retention_record where record_id = '" + id + "'"))
			.as("GRS 4.1 item 010 counts from closure").isNull();
		long version = version(id);
		mvc.perform(post("/api/correspondence/{id}/close", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"because\",\"version\":" + version + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post("/api/correspondence/{id}/close", id).with(OfficeUsers.ICE_ACTION.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"DUPLICATE\",\"version\":" + version + "}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/correspondence/{id}/close", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"no_response_needed\",\"version\":" + version + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.closureReason").value("NO_RESPONSE_NEEDED"));
		assertThat(query("select destroy_after = closed_at + interval '1 year' from kernel.retention_record "
				+ "where record_id = '" + id + "'")).isEqualTo("t");
		assertThat(query("select details from kernel.audit_entry where record_id = '" + id
				+ "' and fields like '%closureReason%'")).isEqualTo("closed without a response: NO_RESPONSE_NEEDED");
		mvc.perform(post("/api/correspondence/{id}/close", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"DUPLICATE\",\"version\":" + version(id) + "}"))
			.andExpect(status().isConflict());
	}

	@Test
	void aTaskedLetterWhoseOnlyTaskerIsCancelledEndsAndItsScheduleCounts() throws Exception {
		String id = letter("GRS_4_1_010");
		java.util.UUID letter = java.util.UUID.fromString(id);
		var tasker = org.casekeep.kernel.access.Actors.callAs(OfficeUsers.ESEC_CLERK.actor(), () -> routing.create(
				new org.casekeep.correspondence.taskers.TaskerRouting.Draft(letter, "For information", null, 3, null,
						java.util.List.of(new org.casekeep.correspondence.routing.AssignmentDraft("ICE", null, null)))));
		assertThat(query("select status from correspondence.correspondence where id = '" + id + "'")).isEqualTo("TASKED");
		mvc.perform(post("/api/correspondence/{id}/close", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"DUPLICATE\",\"version\":" + version(id) + "}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("closes when its last tasker")));

		org.casekeep.kernel.access.Actors.runAs(OfficeUsers.ESEC_CLERK.actor(), () -> clearance.cancel(tasker.id(),
				new org.casekeep.correspondence.taskers.TaskerClearance.Command("Sent to the wrong office", null)));
		assertThat(query("select status from correspondence.correspondence where id = '" + id + "'")).isEqualTo("CLOSED");
		assertThat(query("select destroy_after = closed_at + interval '1 year' from kernel.retention_record "
				+ "where record_id = '" + id + "'")).as("its clock runs from the cancellation").isEqualTo("t");
	}

	private String letter(String schedule) throws Exception {
		String created = mvc.perform(multipart("/api/correspondence/intake")
				.file(new MockMultipartFile("correspondence", "", MediaType.APPLICATION_JSON_VALUE, ("""
						{"channel":"POSTAL_MAIL","sourceType":"PUBLIC","subject":"For information","lastName":"Ames",
						 "retentionSchedule":"%s"}""".formatted(schedule)).getBytes()))
				.with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(created, "$.id");
	}

	private long version(String id) throws Exception {
		return ((Number) JsonPath.read(mvc.perform(get("/api/correspondence/{id}", id).with(OfficeUsers.ESEC_CLERK.token()))
			.andReturn().getResponse().getContentAsString(), "$.version")).longValue();
	}

	private static String query(String sql) throws Exception {
		try (Connection db = TestDatabase.superuser(); ResultSet rs = db.createStatement().executeQuery(sql)) {
			return rs.next() ? rs.getString(1) : null;
		}
	}
}
