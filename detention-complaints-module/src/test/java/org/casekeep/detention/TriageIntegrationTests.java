package org.casekeep.detention;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.notify.Notification;
import org.casekeep.kernel.notify.Notifier;
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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Triage against the embedded PostgreSQL (OIDO PIA overview): previous complaints about the same detainee by A-Number
 * and by fuzzy name and date of birth, and not for someone else; emergencies told to managers at once without personal
 * data; the outcomes, which the complaint refuses out of order (409).
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class TriageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifier notifier;

	/** A date of birth no other test class uses, so that fuzzy matches are this test's own. */
	String birth;

	@BeforeEach
	void oidoAnalystHasSignedIn() {
		notifier.remember(OidoUsers.ANALYST.actor(), null);
		birth = "19%02d-%02d-%02d".formatted(10 + (int) (Math.random() * 40), 1 + (int) (Math.random() * 12),
				1 + (int) (Math.random() * 28));
	}

	@Test
	void aPreviousComplaintIsFoundByTheANumberHoweverItWasWritten() throws Exception {
		String aNumber = "A9" + (10_000_000 + (int) (Math.random() * 89_999_999));
		String earlier = ComplaintRequests.file(mvc, ComplaintRequests.full("Teresa Alvarez", aNumber, birth, "First"));
		String later = ComplaintRequests.file(mvc, ComplaintRequests.full("T. Alvarez", aNumber.substring(1), "1999-01-01",
				"Again"));
		mvc.perform(get("/api/detention/complaints/{id}/triage", later).with(OidoUsers.ANALYST.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sameANumber[*].id").value(hasItem(earlier)))
			.andExpect(jsonPath("$.sameANumber.length()").value(1))
			.andExpect(jsonPath("$.consentToInvestigate").value(true));
		assertThat(TestDatabase.single("""
				select fields || ' ' || details from kernel.audit_entry
				where record_id = ? and action = 'SEARCH' order by id desc limit 1""", later))
			.contains("aNumber").contains("1 found").doesNotContain(aNumber);
	}

	@Test
	void aPreviousComplaintWithoutAnANumberIsFoundByASimilarNameAndTheSameDateOfBirth() throws Exception {
		String earlier = ComplaintRequests.file(mvc, withoutANumber(ComplaintRequests.full("Maria Elena Lopez", "x", birth,
				"First")));
		String sameNameOtherBirth = ComplaintRequests.file(mvc, withoutANumber(ComplaintRequests.full("Maria Elena Lopez",
				"x", "1901-01-01", "Someone else")));
		String otherPersonSameBirth = ComplaintRequests.file(mvc, withoutANumber(ComplaintRequests.full("Jose Hernandez",
				"x", birth, "Someone else")));
		String later = ComplaintRequests.file(mvc, withoutANumber(ComplaintRequests.full("Lopez, Maria E.", "x", birth,
				"Again")));
		mvc.perform(get("/api/detention/complaints/{id}/triage", later).with(OidoUsers.ANALYST.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sameANumber").isEmpty())
			.andExpect(jsonPath("$.similarNameSameBirthDate[*].id").value(hasItem(earlier)))
			.andExpect(jsonPath("$.similarNameSameBirthDate[*].id").value(not(hasItem(sameNameOtherBirth))))
			.andExpect(jsonPath("$.similarNameSameBirthDate[*].id").value(not(hasItem(otherPersonSameBirth))));
		mvc.perform(get("/api/detention/complaints/{id}/triage", otherPersonSameBirth).with(OidoUsers.ANALYST.token()))
			.andExpect(jsonPath("$.similarNameSameBirthDate").isEmpty());
	}

	@Test
	void anEmergencyTellsOidoManagersAtOnceWithoutPersonalDataAndNobodyElse() throws Exception {
		String id = ComplaintRequests.file(mvc, ComplaintRequests.full("Urgent Case", "A912345670", birth,
				"Detainee on hunger strike"));
		step(id, "emergency", "{\"version\":%d}".formatted(ComplaintRequests.version(mvc, id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.emergency").value(true));
		String link = "/detention/complaints/" + id;
		List<Notification> managers = Actors.callAs(OidoUsers.MANAGER.actor(), () -> notifier.mine(50));
		assertThat(managers).filteredOn(n -> link.equals(n.link())).singleElement().satisfies(notice -> {
			assertThat(notice.subject() + " " + notice.body()).doesNotContain("Urgent").doesNotContain("A912345670")
				.doesNotContain("hunger").doesNotContain("OIDO-");
		});
		assertThat(Actors.callAs(OidoUsers.ANALYST.actor(), () -> notifier.mine(50)))
			.noneMatch(n -> link.equals(n.link()));
		assertThat(Actors.callAs(OidoUsers.ICE_WITH_OIDO_ROLE.actor(), () -> notifier.mine(50)))
			.noneMatch(n -> link.equals(n.link()));
		step(id, "emergency", "{\"version\":%d}".formatted(ComplaintRequests.version(mvc, id))).andExpect(status().isOk());
		assertThat(TestDatabase.count("select count(*) from kernel.notification where link = '" + link + "'"))
			.as("told once").isEqualTo(1);
	}

	@Test
	void anAcceptedComplaintIsAssignedToAnAnalystAndCannotBeTriagedAgain() throws Exception {
		String id = ComplaintRequests.file(mvc, ComplaintRequests.full("Accept Me", "A912345671", birth, "Medical"));
		step(id, "accept", "{\"version\":%d,\"analyst\":\"oido-analyst\"}".formatted(ComplaintRequests.version(mvc, id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.assignedAnalyst").value("oido-analyst"))
			.andExpect(jsonPath("$.triagedBy").value("oido-manager"));
		step(id, "decline", "{\"version\":%d,\"reason\":\"Changed my mind\"}".formatted(ComplaintRequests.version(mvc, id)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("already accepted")));
		assertThat(TestDatabase.single("select status from detention.complaint where id = ?::uuid", id)).isEqualTo("ACCEPTED");
		assertThat(TestDatabase.single("""
				select fields from kernel.audit_entry where record_id = ? and action = 'UPDATE' order by id desc limit 1""", id))
			.isEqualTo("status,assignedAnalyst");
	}

	@Test
	void aComplaintIsAssignedOnlyToAnOidoUserAndOnlyWithConsentToInvestigate() throws Exception {
		String id = ComplaintRequests.file(mvc, ComplaintRequests.full("No Consent", "A912345672", birth, "Medical")
			.replace("\"consentToInvestigate\":true", "\"consentToInvestigate\":false"));
		step(id, "accept", "{\"version\":%d,\"analyst\":\"ice-liaison\"}".formatted(ComplaintRequests.version(mvc, id)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("analyst"));
		step(id, "accept", "{\"version\":%d,\"analyst\":\"oido-analyst\"}".formatted(ComplaintRequests.version(mvc, id)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("consent")));
	}

	@Test
	void aComplaintIsMergedIntoAnotherButNeverIntoItselfNorIntoOneThatDoesNotExist() throws Exception {
		String original = ComplaintRequests.file(mvc, ComplaintRequests.full("Merge Target", "A912345673", birth, "One"));
		String duplicate = ComplaintRequests.file(mvc, ComplaintRequests.full("Merge Target", "A912345673", birth, "Two"));
		step(duplicate, "merge", "{\"version\":%d,\"duplicateOf\":\"%s\"}".formatted(ComplaintRequests.version(mvc, duplicate),
				duplicate))
			.andExpect(status().isConflict());
		step(duplicate, "merge", "{\"version\":%d,\"duplicateOf\":\"%s\"}".formatted(ComplaintRequests.version(mvc, duplicate),
				UUID.randomUUID()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("duplicateOf"));
		step(duplicate, "merge", "{\"version\":%d,\"duplicateOf\":\"%s\"}".formatted(ComplaintRequests.version(mvc, duplicate),
				original))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("MERGED"))
			.andExpect(jsonPath("$.mergedInto").value(original));
	}

	@Test
	void aReferralRecordsTheAgencyAndTheConfidentialityProtectionsChosen() throws Exception {
		String id = ComplaintRequests.file(mvc, ComplaintRequests.full("Refer Me", "A912345674", birth, "Asylum claim"));
		int version = ComplaintRequests.version(mvc, id);
		step(id, "refer", "{\"version\":%d,\"agency\":\"NASA\"}".formatted(version))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("agency"));
		step(id, "refer", """
				{"version":%d,"agency":"uscis","protections":["WITHHOLD_SUBMITTER_IDENTITY","MINIMUM_NECESSARY"]}"""
			.formatted(version))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REFERRED"))
			.andExpect(jsonPath("$.referredTo").value("USCIS"))
			.andExpect(jsonPath("$.confidentialityProtections.length()").value(2));
	}

	@Test
	void aStaleVersionIsRefusedSoNoTriageDecisionIsLost() throws Exception {
		String id = ComplaintRequests.file(mvc, ComplaintRequests.full("Two Analysts", "A912345675", birth, "Race"));
		int version = ComplaintRequests.version(mvc, id);
		step(id, "jurisdiction", "{\"version\":%d,\"jurisdiction\":\"OUTSIDE_PURVIEW\"}".formatted(version))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.jurisdiction").value("OUTSIDE_PURVIEW"));
		step(id, "decline", "{\"version\":%d,\"reason\":\"Not ours\"}".formatted(version))
			.andExpect(status().isConflict());
		step(id, "accept", "{\"version\":%d,\"analyst\":\"oido-analyst\"}".formatted(version + 1))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("purview")));
		assertThat(TestDatabase.single("select status from detention.complaint where id = ?::uuid", id)).isEqualTo("RECEIVED");
	}

	@Test
	void intakeStaffAndPeopleOutsideOidoCannotTriage() throws Exception {
		String id = ComplaintRequests.file(mvc, ComplaintRequests.full("Guarded", "A912345676", birth, "x"));
		for (OidoUsers user : new OidoUsers[] { OidoUsers.INTAKE, OidoUsers.ICE_WITH_OIDO_ROLE, OidoUsers.ADMIN }) {
			mvc.perform(post("/api/detention/complaints/{id}/decline", id).with(user.token())
					.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"reason\":\"no\"}"))
				.andExpect(status().isForbidden());
		}
		assertThat(TestDatabase.single("select status from detention.complaint where id = ?::uuid", id)).isEqualTo("RECEIVED");
	}

	private ResultActions step(String id, String step, String json) throws Exception {
		return mvc.perform(post("/api/detention/complaints/{id}/" + step, id).with(OidoUsers.MANAGER.token())
				.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	/** Without A-Number and without the aliases the shared request gives everyone. */
	private static String withoutANumber(String json) {
		return json.replace("\"aNumber\":\"x\",", "").replace("\"detaineeAliases\":[\"Mari Lopez\"],", "");
	}
}
