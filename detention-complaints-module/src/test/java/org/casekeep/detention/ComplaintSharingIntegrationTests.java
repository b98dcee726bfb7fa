package org.casekeep.detention;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.disclosure.Disclosure;
import org.casekeep.kernel.disclosure.DisclosureAccounting;
import org.casekeep.kernel.disclosure.DisclosureStatus;
import org.casekeep.kernel.testing.SignedIn;
import org.casekeep.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sharing a complaint outside the Department against the embedded PostgreSQL (PIA 6.1-6.4): nothing is released before
 * an OIDO supervisor other than the requester approves it, analysts do not approve, a refused sharing releases
 * nothing, only the records chosen are released, and the accounting the subject may ask for lists the approved
 * disclosure with its recipient, purpose and routine use under the complaint's case number.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class ComplaintSharingIntegrationTests {

	/** A second OIDO supervisor, who approves what the first asks for. */
	static final Actor OTHER_MANAGER = new Actor("oido-manager-2", OidoRoles.COMPONENT, Set.of(OidoRoles.MANAGER));

	/** OIDO's privacy office, which answers a subject's request for the accounting (PIA 7.1). */
	static final Actor OIDO_PRIVACY = new Actor("oido-privacy", OidoRoles.COMPONENT, Set.of("privacy_officer"));

	static final String SHARING = """
			{"recipientKind":"HHS_ORR","recipient":"ORR Division of Health for Unaccompanied Children",
			 "purpose":"Verify the medical care the detainee received before transfer",
			 "routineUse":"DHS/ALL-020 routine use G","includeComplaint":%s,"documentIds":%s}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	DisclosureAccounting accounting;

	@Test
	void nothingIsReleasedBeforeAnotherSupervisorApprovesAndTheAccountingListsTheDisclosureForTheSubject()
			throws Exception {
		String complaint = ComplaintRequests.file(mvc, ComplaintRequests.full("Share Person", "A915000001",
				"1980-05-05", "Medical care was refused"));
		String document = upload(complaint, "Medical record of the detainee");
		String other = upload(complaint, "Another document, not to share");
		String sharing = id(request(complaint, OidoUsers.MANAGER.token(), SHARING.formatted(false, "[\"" + document + "\"]"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("AWAITING_APPROVAL"))
			.andExpect(jsonPath("$.recipientKindLabel").value(
					"Department of Health and Human Services, Office of Refugee Resettlement")));

		step(complaint, sharing, "release", OidoUsers.MANAGER.token()).andExpect(status().isConflict());
		step(complaint, sharing, "approve", OidoUsers.ANALYST.token()).andExpect(status().isForbidden());
		// An analyst prepares a sharing too (PIA 6.3); a supervisor approves it all the same.
		String another = ComplaintRequests.file(mvc, ComplaintRequests.full("Prepared Person", "A915000002",
				"1981-06-06", "Medical care was delayed"));
		String prepared = id(request(another, OidoUsers.ANALYST.token(), SHARING.formatted(true, "[]"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("AWAITING_APPROVAL")));
		step(another, prepared, "release", OidoUsers.ANALYST.token()).andExpect(status().isConflict());
		step(another, prepared, "approve", OidoUsers.ANALYST.token()).andExpect(status().isForbidden());
		// The requester may not approve their own request.
		step(complaint, sharing, "approve", OidoUsers.MANAGER.token()).andExpect(status().isForbidden());
		step(complaint, sharing, "release", OidoUsers.MANAGER.token()).andExpect(status().isConflict());
		assertThat(TestDatabase.count("select count(*) from kernel.audit_entry where action = 'DISCLOSURE'"
				+ " and record_id = '" + document + "'")).as("nothing accounted as disclosed yet").isZero();

		step(complaint, sharing, "approve", OidoUsers.trained(OTHER_MANAGER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.decidedBy").value("oido-manager-2"));
		step(complaint, sharing, "release", OidoUsers.MANAGER.token())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.complaint").isEmpty())
			.andExpect(jsonPath("$.documents.length()").value(1))
			.andExpect(jsonPath("$.documents[0].id").value(document))
			.andExpect(jsonPath("$.sharing.releasedBy").value("oido-manager"));
		step(complaint, sharing, "release", OidoUsers.MANAGER.token()).andExpect(status().isConflict());
		assertThat(TestDatabase.count("select count(*) from kernel.audit_entry where action = 'DISCLOSURE'"
				+ " and record_id = '" + document + "'")).isEqualTo(1);
		assertThat(TestDatabase.count("select count(*) from kernel.audit_entry where action = 'DISCLOSURE'"
				+ " and record_id = '" + other + "'")).as("only the records chosen").isZero();

		String caseNumber = TestDatabase.single("select case_number from detention.complaint where id = ?::uuid", complaint);
		List<Disclosure> forSubject = Actors.callAs(OIDO_PRIVACY, () -> accounting.forSubject(caseNumber));
		assertThat(forSubject).singleElement().satisfies(d -> {
			assertThat(d.status()).isEqualTo(DisclosureStatus.APPROVED);
			assertThat(d.recipient()).contains("Office of Refugee Resettlement")
				.contains("Division of Health for Unaccompanied Children");
			assertThat(d.purpose()).isEqualTo("Verify the medical care the detainee received before transfer");
			assertThat(d.authority()).isEqualTo("DHS/ALL-020 routine use G");
			assertThat(d.decidedBy()).isEqualTo("oido-manager-2");
		});
		mvc.perform(get("/api/detention/complaints/{id}/disclosures", complaint).with(OidoUsers.MANAGER.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].routineUse").value("DHS/ALL-020 routine use G"))
			.andExpect(jsonPath("$[0].status").value("APPROVED"))
			.andExpect(jsonPath("$[0].records[0]").value("detention.complaint-document " + document));
	}

	@Test
	void aRefusedSharingReleasesNothingAndCannotBeApprovedAfterwards() throws Exception {
		String complaint = ComplaintRequests.file(mvc, ComplaintRequests.full("Refused Share", "A915000002",
				"1981-06-06", "x"));
		String sharing = id(request(complaint, OidoUsers.MANAGER.token(), SHARING.formatted(true, "[]"))
			.andExpect(status().isCreated()));
		step(complaint, sharing, "refuse", OidoUsers.trained(OTHER_MANAGER))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REFUSED"));
		step(complaint, sharing, "release", OidoUsers.MANAGER.token()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("refused")));
		step(complaint, sharing, "approve", OidoUsers.trained(OTHER_MANAGER)).andExpect(status().isConflict());
		assertThat(TestDatabase.count("select count(*) from kernel.audit_entry where action = 'DISCLOSURE'"
				+ " and record_id = '" + complaint + "'")).isZero();
		assertThat(TestDatabase.count("select count(*) from detention.complaint_sharing where disclosure_id = '"
				+ sharing + "' and released_at is not null")).isZero();
	}

	@Test
	void aRequestNamesTheMissingFieldsAndTheRecordsAndWritesNothing() throws Exception {
		String complaint = ComplaintRequests.file(mvc, ComplaintRequests.full("Bad Share", "A915000003",
				"1982-07-07", "x"));
		String foreign = ComplaintRequests.file(mvc, ComplaintRequests.full("Other Share", "A915000004",
				"1983-08-08", "x"));
		String foreignDocument = upload(foreign, "Not this complaint's");
		request(complaint, OidoUsers.MANAGER.token(), "{\"recipientKind\":\"FBI\",\"includeComplaint\":false}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("recipientKind")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("recipient")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("purpose")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("routineUse")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("records")));
		request(complaint, OidoUsers.MANAGER.token(), SHARING.formatted(false, "[\"" + foreignDocument + "\"]"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("documentIds"));
		request(complaint, OidoUsers.ICE_WITH_OIDO_ROLE.token(), SHARING.formatted(true, "[]"))
			.andExpect(status().isForbidden());
		request(complaint, OidoUsers.INTAKE.token(), SHARING.formatted(true, "[]")).andExpect(status().isForbidden());
		assertThat(TestDatabase.count("select count(*) from detention.complaint_sharing where complaint_id = '"
				+ complaint + "'")).isZero();
		assertThat(TestDatabase.count("select count(*) from kernel.disclosure_item where record_id = '" + complaint
				+ "' or record_id = '" + foreignDocument + "'")).isZero();
	}

	private ResultActions request(String complaint, RequestPostProcessor user, String json) throws Exception {
		return mvc.perform(post("/api/detention/complaints/{id}/disclosures", complaint).with(user)
				.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions step(String complaint, String sharing, String step, RequestPostProcessor user)
			throws Exception {
		return mvc.perform(post("/api/detention/complaints/{id}/disclosures/{d}/" + step, complaint, sharing).with(user));
	}

	private String upload(String complaint, String text) throws Exception {
		return id(mvc.perform(multipart("/api/detention/complaints/{id}/documents", complaint)
				.file(new MockMultipartFile("file", "record.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8)))
				.param("kind", "MEDICAL_RECORD").with(OidoUsers.ANALYST.token()))
			.andExpect(status().isCreated()));
	}

	private static String id(ResultActions result) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
	}
}
