package org.casekeep.detention;

import org.casekeep.kernel.notify.Notifier;
import org.casekeep.kernel.testing.PageTesting;
import org.casekeep.kernel.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Case work against the embedded PostgreSQL: corrections recorded beside the data as received, which stays unaltered
 * (PIA 2.4, 7.2); research notes; resolution, closure and reopening (OIDO PIA overview).
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class ComplaintCaseWorkIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifier notifier;

	@BeforeEach
	void oidoAnalystHasSignedIn() {
		notifier.remember(OidoUsers.ANALYST.actor(), null);
	}

	@Test
	void aCorrectionIsRecordedBesideTheDataAsReceivedWithWhoWhenAndWhy() throws Exception {
		String id = ComplaintRequests.file(mvc, ComplaintRequests.full("Correct Me", "A913000001", "1990-04-12", "x"));
		step(id, "corrections", """
				{"version":%d,"field":"dateOfBirth","correctedValue":"1990-04-21",
				 "reason":"The submitter called: day and month were typed the wrong way round"}"""
			.formatted(ComplaintRequests.version(mvc, id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dateOfBirth").value("1990-04-12"))
			.andExpect(jsonPath("$.corrections[0].field").value("dateOfBirth"))
			.andExpect(jsonPath("$.corrections[0].correctedValue").value("1990-04-21"))
			.andExpect(jsonPath("$.corrections[0].correctedBy").value("oido-analyst"))
			.andExpect(jsonPath("$.corrections[0].correctedAt").exists());
		assertThat(TestDatabase.single("select date_of_birth::text from detention.complaint where id = ?::uuid", id))
			.as("PIA 2.4: as received").isEqualTo("1990-04-12");
		assertThat(TestDatabase.single("""
				select fields || ' ' || details from kernel.audit_entry
				where record_id = ? and action = 'UPDATE' order by id desc limit 1""", id))
			.isEqualTo("corrections correction of dateOfBirth by oido-analyst");
	}

	@Test
	void aCorrectionNamesAnElementAsReceivedAndSaysWhy() throws Exception {
		String id = ComplaintRequests.file(mvc, ComplaintRequests.full("Correct Badly", "A913000002", "1990-04-12", "x"));
		int version = ComplaintRequests.version(mvc, id);
		step(id, "corrections", "{\"version\":%d,\"field\":\"aNumber\",\"correctedValue\":\"A913000003\"}".formatted(version))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		step(id, "corrections", "{\"version\":%d,\"field\":\"status\",\"reason\":\"because\"}".formatted(version))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("field"));
		step(id, "corrections", "{\"version\":%d,\"field\":\"caseNumber\",\"reason\":\"because\"}".formatted(version))
			.andExpect(status().isUnprocessableContent());
		assertThat(TestDatabase.count("select count(*) from detention.complaint_correction where complaint_id = '" + id + "'"))
			.isZero();
	}

	@Test
	void anAcceptedComplaintIsResolvedClosedAndReopenedAtAnyTime() throws Exception {
		String id = ComplaintRequests.file(mvc, ComplaintRequests.full("Close Me", "A913000004", "1990-04-12", "x"));
		step(id, "close", "{\"version\":%d,\"resolution\":\"Too early\"}".formatted(ComplaintRequests.version(mvc, id)))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/detention/complaints/{id}/accept", id).with(OidoUsers.MANAGER.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":%d,\"analyst\":\"oido-analyst\"}".formatted(ComplaintRequests.version(mvc, id))))
			.andExpect(status().isOk());
		step(id, "notes", "{\"version\":%d,\"text\":\"Called the facility's point of contact\"}"
			.formatted(ComplaintRequests.version(mvc, id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.researchNotes[0].writtenBy").value("oido-analyst"));
		step(id, "close", "{\"version\":%d,\"resolution\":\"Medication restored by ICE Health Service Corps\"}"
			.formatted(ComplaintRequests.version(mvc, id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.closedBy").value("oido-analyst"));
		step(id, "notes", "{\"version\":%d,\"text\":\"Late\"}".formatted(ComplaintRequests.version(mvc, id)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("reopen")));
		step(id, "reopen", "{\"version\":%d,\"reason\":\"The submitter reports it again\"}"
			.formatted(ComplaintRequests.version(mvc, id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.researchNotes[1].text").value("Reopened: The submitter reports it again"));
	}

	@Test
	void analystsRecordACorrectionOnTheComplaintPageAndIntakeStaffCannot() throws Exception {
		String id = ComplaintRequests.file(mvc, ComplaintRequests.full("Page Correct", "A913000005", "1990-04-12", "x"));
		String page = PageTesting.html(mvc, get("/detention/complaints/{id}", id).with(OidoUsers.ANALYST.token()), 200);
		assertThat(page).contains("Corrections").contains("<option value=\"dateOfBirth\"");
		mvc.perform(post("/detention/complaints/{id}/casework/corrections", id).with(OidoUsers.ANALYST.token()).with(csrf())
				.param("version", "0").param("field", "countryOfBirth").param("correctedValue", "Honduras")
				.param("reason", "Verified with the submitter"))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/detention/complaints/" + id));
		assertThat(PageTesting.html(mvc, get("/detention/complaints/{id}", id).with(OidoUsers.ANALYST.token()), 200))
			.contains("Honduras").contains("Verified with the submitter").contains("Guatemala");
		PageTesting.html(mvc, post("/detention/complaints/{id}/casework/corrections", id).with(OidoUsers.INTAKE.token())
				.with(csrf()).param("version", "1").param("field", "countryOfBirth").param("reason", "x"), 403);
	}

	private ResultActions step(String id, String step, String json) throws Exception {
		return mvc.perform(post("/api/detention/complaints/{id}/" + step, id).with(OidoUsers.ANALYST.token())
				.contentType(MediaType.APPLICATION_JSON).content(json));
	}
}
