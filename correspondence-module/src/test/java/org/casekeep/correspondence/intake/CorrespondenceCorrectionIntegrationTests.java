package org.casekeep.correspondence.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Correction with history (PIA 7.2) and lookup by what identifies a record: who corrected which fields, when and
 * why, never a value; an A-Number looked for only by those who may see it, among their own component's records.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class CorrespondenceCorrectionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aCorrectionChangesTheFieldsAndItsHistorySaysWhoWhenWhichAndWhyButNoValue() throws Exception {
		String id = letter(OfficeUsers.ESEC_CLERK.token(), "Park", null);
		long version = version(id);
		mvc.perform(post("/api/correspondence/{id}/corrections", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"changes":{"lastName":"Parke","aNumber":"A123456789","email":""},
						 "reason":"The constituent spelled the name on the phone","version":%d}""".formatted(version)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lastName").value("Parke"))
			.andExpect(jsonPath("$.aNumber").value("A123456789"))
			.andExpect(jsonPath("$.email").doesNotExist());

		mvc.perform(get("/api/correspondence/{id}/corrections", id).with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].correctedBy").value("esec-clerk"))
			.andExpect(jsonPath("$[0].fields").value(org.hamcrest.Matchers.contains("lastName", "email", "aNumber")))
			.andExpect(jsonPath("$[0].reason").value("The constituent spelled the name on the phone"))
			.andExpect(jsonPath("$[0].correctedAt").exists());
		assertThat(text("select c::text from correspondence.correction c where correspondence_id = cast(? as uuid)", id))
			.as("the history holds no value").doesNotContain("A123456789").doesNotContain("Parke")
			.doesNotContain("lee.park@example.org");
		assertThat(text("""
				select string_agg(coalesce(fields, '') || ' ' || coalesce(details, ''), ';') from kernel.audit_entry
				where record_id = ? and action = 'UPDATE'""", id))
			.contains("correction").contains("aNumber").doesNotContain("A123456789");
	}

	@Test
	void aCorrectionIsRefusedNamingTheFieldAndOnlyTheOwningOfficeCorrects() throws Exception {
		String id = letter(OfficeUsers.ESEC_CLERK.token(), "Park", null);
		long version = version(id);
		refused(id, """
				{"changes":{"status":"CLOSED"},"reason":"x","version":%d}""".formatted(version), "changes.status");
		refused(id, """
				{"changes":{"lastName":"Parke"},"version":%d}""".formatted(version), "reason");
		refused(id, """
				{"changes":{"body":"My SSN is 123-45-6789"},"reason":"Added the text","version":%d}""".formatted(version),
				"changes.body");
		refused(id, """
				{"changes":{"aNumber":"B12"},"reason":"Typo","version":%d}""".formatted(version), "aNumber");
		refused(id, """
				{"changes":{"lastName":"Park"},"reason":"Nothing new","version":%d}""".formatted(version), "changes");
		mvc.perform(post("/api/correspondence/{id}/corrections", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"changes":{"lastName":"Parke"},"reason":"Spelling","version":%d}""".formatted(version + 5)))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/correspondence/{id}/corrections", id).with(OfficeUsers.ICE_ESEC.token())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"changes":{"lastName":"Parke"},"reason":"Spelling","version":%d}""".formatted(version)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/correspondence/{id}/corrections", id).with(OfficeUsers.CBP_ACTION.token()))
			.andExpect(status().isForbidden());
		assertThat(version(id)).as("nothing changed").isEqualTo(version);
	}

	@Test
	void recordsAreFoundByReceiptCaseReferenceNumberAndCorrespondent() throws Exception {
		String last = "Lookup" + System.nanoTime();
		String id = letter(OfficeUsers.ICE_ESEC.token(), last, "EAC2190012345");
		String reference = JsonPath.read(mvc.perform(get("/api/correspondence/{id}", id)
				.with(OfficeUsers.ICE_ESEC.token())).andReturn().getResponse().getContentAsString(), "$.referenceNumber");

		assertThat(found("receiptNumber", "eac2190012345", OfficeUsers.ICE_ESEC.token())).contains(id);
		assertThat(found("caseNumber", "case-77", OfficeUsers.ICE_ESEC.token())).contains(id);
		assertThat(found("referenceNumber", reference, OfficeUsers.ICE_ESEC.token())).containsExactly(id);
		assertThat(found("correspondent", last.toLowerCase().substring(0, last.length() - 2), OfficeUsers.ICE_ESEC.token()))
			.containsExactly(id);
		assertThat(found("correspondent", "lee " + last, OfficeUsers.ICE_ESEC.token())).containsExactly(id);
		// Another component's Executive Secretariat finds nothing of ICE's.
		assertThat(found("referenceNumber", reference, org.casekeep.kernel.testing.SignedIn.as("cbp-esec", "CBP",
				org.casekeep.correspondence.office.OfficeRoles.EXEC_SEC))).isEmpty();
		mvc.perform(get("/api/correspondence/lookup").param("receiptNumber", "not-one").with(OfficeUsers.ICE_ESEC.token()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("receiptNumber")));
		mvc.perform(get("/api/correspondence/lookup").with(OfficeUsers.ICE_ESEC.token()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("lookup"));
		mvc.perform(get("/api/correspondence/lookup").param("caseNumber", "case-77").with(OfficeUsers.ICE_ACTION.token()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anANumberIsLookedForOnlyAmongTheRecordsWhoseANumbersTheUserMaySeeAndTheLookupIsAudited() throws Exception {
		String id = letter(OfficeUsers.ICE_ESEC.token(), "Anumber" + System.nanoTime(), null);
		String aNumber = "A" + (100000000 + (System.nanoTime() % 800000000));
		mvc.perform(post("/api/correspondence/{id}/corrections", id).with(OfficeUsers.ICE_ESEC.token())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"changes":{"aNumber":"%s"},"reason":"Needed to answer","version":%d}""".formatted(aNumber,
						version(id))))
			.andExpect(status().isOk());

		assertThat(found("aNumber", aNumber, OfficeUsers.ICE_ESEC.token())).containsExactly(id);
		// ESEC sees ICE's record, but not its A-Number (PIA 2.5: the owning component's): not found by it.
		assertThat(found("aNumber", aNumber, OfficeUsers.ESEC_CLERK.token())).isEmpty();
		assertThat(text("""
				select string_agg(coalesce(fields, '') || ' ' || coalesce(details, ''), ';') from kernel.audit_entry
				where action = 'SEARCH' and actor = 'ice-esec' and details = 'lookup by A-Number'"""))
			.contains("aNumber").doesNotContain(aNumber);
	}

	@Test
	void theLetterPageCorrectsAFieldAndShowsItsHistoryAndTheIndexLooksRecordsUp() throws Exception {
		String last = "Paged" + System.nanoTime();
		String id = letter(OfficeUsers.ESEC_CLERK.token(), last, null);
		mvc.perform(post("/correspondence/{id}/corrections", id).with(OfficeUsers.ESEC_CLERK.token())
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("field", "organization").param("value", "Port Authority").param("reason", "Letterhead read again")
				.param("version", String.valueOf(version(id))))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("notice", "The correction was recorded."));
		String page = org.casekeep.kernel.testing.PageTesting.html(mvc,
				get("/correspondence/{id}", id).with(OfficeUsers.ESEC_CLERK.token()), 200);
		assertThat(page).contains("Corrections").contains("Letterhead read again").contains("organization")
			.contains("Port Authority").contains("Record the correction");

		String results = org.casekeep.kernel.testing.PageTesting.html(mvc,
				get("/correspondence/lookup").param("correspondent", last).with(OfficeUsers.ESEC_CLERK.token()), 200);
		assertThat(results).contains("href=\"/correspondence/" + id + "\"");
		String refused = org.casekeep.kernel.testing.PageTesting.html(mvc,
				get("/correspondence/lookup").param("aNumber", "B1").with(OfficeUsers.ESEC_CLERK.token()), 422);
		assertThat(refused).contains("usa-alert--error");
	}

	private List<String> found(String param, String value, RequestPostProcessor user) throws Exception {
		return JsonPath.read(mvc.perform(get("/api/correspondence/lookup").param(param, value).with(user))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$[*].id");
	}

	private void refused(String id, String json, String field) throws Exception {
		mvc.perform(post("/api/correspondence/{id}/corrections", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
	}

	private long version(String id) throws Exception {
		return ((Number) JsonPath.read(mvc.perform(get("/api/correspondence/{id}", id).with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.version")).longValue();
	}

	private String letter(RequestPostProcessor user, String lastName, @org.jspecify.annotations.Nullable String receipt)
			throws Exception {
		MockMultipartFile json = new MockMultipartFile("correspondence", "", MediaType.APPLICATION_JSON_VALUE, """
				{"channel":"POSTAL_MAIL","sourceType":"PUBLIC","subject":"A question","body":"Please answer.",
				 "firstName":"Lee","lastName":"%s","email":"lee.park@example.org","caseNumber":"CASE-77"%s}"""
			.formatted(lastName, receipt == null ? "" : ",\"receiptNumber\":\"" + receipt + "\"").getBytes());
		return JsonPath.read(mvc.perform(multipart("/api/correspondence/intake").file(json).with(user))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
	}

	private static String text(String sql, String... params) throws Exception {
		try (Connection db = TestDatabase.superuser(); PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				statement.setString(i + 1, params[i]);
			}
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next() && rs.getString(1) != null ? rs.getString(1) : "";
			}
		}
	}
}
