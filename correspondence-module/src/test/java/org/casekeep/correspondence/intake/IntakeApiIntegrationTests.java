package org.casekeep.correspondence.intake;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.casekeep.correspondence.OfficeUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casekeep.kernel.testing.Documents.docx;
import static org.casekeep.kernel.testing.Documents.pdf;
import static org.casekeep.kernel.testing.Documents.scan;
import static org.casekeep.kernel.testing.TestDatabase.single;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Correspondence intake over HTTP against the embedded PostgreSQL: the SPII review (PIA 2.5, 3.4) proven on the
 * stored data itself, uploads checked by content, bad input, concurrent review, and who may do it.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class IntakeApiIntegrationTests {

	static final String SSN = "123-45-6789";

	@Autowired
	MockMvc mvc;

	@Test
	void redactingAnSsnRemovesItFromTheStoredTextTheExtractedTextAndDropsTheOriginalFile() throws Exception {
		MvcResult held = intake(json("Benefit question", "My SSN is " + SSN + ", please check my case."),
				file("letter.pdf", pdf("Dear Secretary, my Social Security number is " + SSN + ".")))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.status").value("SPII_REVIEW"))
			.andExpect(jsonPath("$.findings.length()").value(2))
			.andExpect(jsonPath("$.findings[*].kind", hasItem("SSN")))
			.andExpect(jsonPath("$.findings[*].maskedExcerpt", not(hasItem(containsString("6789")))))
			.andReturn();
		String body = held.getResponse().getContentAsString();
		assertThat(JsonPath.<Object>read(body, "$.findings").toString()).doesNotContain(SSN);
		String id = JsonPath.read(body, "$.id");
		List<String> findings = JsonPath.read(body, "$.findings[*].id");

		mvc.perform(post("/api/correspondence/{id}/spii-decisions", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"version":0,"decisions":[{"findingId":"%s","decision":"REDACT"},{"findingId":"%s","decision":"REDACT"}]}"""
					.formatted(findings.get(0), findings.get(1))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.body").value(containsString("[REDACTED SSN]")))
			.andExpect(jsonPath("$.attachments[0].redacted").value(true))
			.andExpect(jsonPath("$.attachments[0].originalKept").value(false));

		assertThat(single("select body from correspondence.correspondence where id = ?::uuid", id))
			.doesNotContain(SSN).contains("[REDACTED SSN]");
		assertThat(single("select extracted_text from correspondence.attachment where correspondence_id = ?::uuid", id))
			.doesNotContain(SSN).contains("[REDACTED SSN]");
		assertThat(single("select coalesce(encode(content, 'hex'), 'none') || ' ' || media_type "
				+ "from correspondence.attachment where correspondence_id = ?::uuid", id)).isEqualTo("none text/plain");
		assertThat(single("select count(*) from correspondence.correspondence c join correspondence.attachment a "
				+ "on a.correspondence_id = c.id where c.id = ?::uuid and (c::text like '%6789%' or a::text like '%6789%')", id))
			.isEqualTo("0");
	}

	@Test
	void keepingAnSsnRequiresAJustificationAndIsAuditedWithoutTheValue() throws Exception {
		String body = intake(json("Benefit question", "Applicant SSN " + SSN + " for the benefit check."))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		String finding = JsonPath.read(body, "$.findings[0].id");

		mvc.perform(post("/api/correspondence/{id}/spii-decisions", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"version":0,"decisions":[{"findingId":"%s","decision":"KEEP","justification":"needed"}]}""".formatted(finding)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("findings[" + finding + "].justification"));

		mvc.perform(post("/api/correspondence/{id}/spii-decisions", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"version":0,"decisions":[]}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("findings[" + finding + "].decision"));

		mvc.perform(post("/api/correspondence/{id}/spii-decisions", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"version":0,"decisions":[{"findingId":"%s","decision":"KEEP",
						 "justification":"needed to answer a benefit question"}]}""".formatted(finding)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.body").value(containsString(SSN)));

		assertThat(single("select string_agg(details, '|') from kernel.audit_entry where record_id = ? "
				+ "and action = 'UPDATE'", id))
			.isEqualTo("SPII kept: SSN finding " + finding);
		// The typed justification stays in the review item, under the letter's retention, and never reaches the
		// append-only audit, where no retention rule could remove a name typed into it.
		assertThat(single("select justification from correspondence.spii_review_item where id = ?::uuid", finding))
			.isEqualTo("needed to answer a benefit question");
		assertThat(single("select count(*) from kernel.audit_entry where coalesce(details, '') || coalesce(purpose, '') "
				+ "like '%benefit question%'")).isEqualTo("0");
		assertThat(single("select count(*) from kernel.audit_entry where record_id = ? and "
				+ "coalesce(details, '') like '%6789%'", id)).isEqualTo("0");
	}

	@Test
	void aStaleVersionIsAConflict() throws Exception {
		String body = intake(json("Twice", "SSN " + SSN)).andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		String decisions = """
				{"version":0,"decisions":[{"findingId":"%s","decision":"REDACT"}]}""".formatted(
				(String) JsonPath.read(body, "$.findings[0].id"));
		mvc.perform(post("/api/correspondence/{id}/spii-decisions", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content(decisions))
			.andExpect(status().isOk());
		mvc.perform(post("/api/correspondence/{id}/spii-decisions", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content(decisions))
			.andExpect(status().isConflict());
	}

	@Test
	void aWordDocumentIsAcceptedByItsContentAndItsTextIsSearchable() throws Exception {
		String body = intake(json("Word letter", null), file("reply.docx", docx("Zanzibarian ferries need inspection.")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.attachments[0].mediaType")
				.value("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		mvc.perform(get("/api/correspondence").param("q", "zanzibarian ferry").with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem(id)));
	}

	@Test
	void aFileThatIsNotAPdfImageOrWordDocumentIsRefusedWith415NamingIt() throws Exception {
		intake(json("Spreadsheet", null), new MockMultipartFile("files", "letter.pdf", "application/pdf",
				"just some text, not a PDF".getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.file").value("letter.pdf"))
			.andExpect(jsonPath("$.detail").value(containsString("letter.pdf")));
	}

	@Test
	void aFileOver20MegabytesIsRefusedWith413() throws Exception {
		byte[] big = new byte[21 * 1024 * 1024];
		byte[] header = pdf("big");
		System.arraycopy(header, 0, big, 0, header.length);
		intake(json("Big scan", null), file("big.pdf", big))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.file").value("big.pdf"));
	}

	@Test
	void missingSubjectAndChannelAre422NamingTheFields() throws Exception {
		intake(new MockMultipartFile("correspondence", "", "application/json",
				"""
				{"sourceType":"PUBLIC","body":"no subject"}""".getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("subject")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("channel")));
	}

	@Test
	void formFieldsWorkAsWellAsAJsonPart() throws Exception {
		mvc.perform(multipart("/api/correspondence/intake").param("channel", "EMAIL").param("sourceType", "NGO")
				.param("subject", "Form fields").param("email", "Someone@Example.org").with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.referenceNumber").value(org.hamcrest.Matchers.matchesPattern("CORR-\\d{4}-\\d{6}")));
	}

	@Test
	void theCorrespondentsAddressIsOneAddressAndThePhonesAreStoredAsNumbersAndShownInternationally() throws Exception {
		String body = intake(new MockMultipartFile("correspondence", "", "application/json", """
				{"channel":"POSTAL_MAIL","sourceType":"PUBLIC","subject":"Address check","lastName":"Marsh",
				 "homePhone":"(915) 555-0110","fax":"202-555-0143 x12","addressKind":"HOME",
				 "address":{"street1":" 1 Main  St ","city":"El Paso","state":"texas","zip":"799011234"}}"""
				.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.address.street1").value("1 Main St"))
			.andExpect(jsonPath("$.address.street2").isEmpty())
			.andExpect(jsonPath("$.address.city").value("El Paso"))
			.andExpect(jsonPath("$.address.state").value("TX"))
			.andExpect(jsonPath("$.address.zip").value("79901-1234"))
			.andExpect(jsonPath("$.addressKind").value("HOME"))
			.andExpect(jsonPath("$.homePhone").value("+1 915-555-0110"))
			.andExpect(jsonPath("$.fax").value("+1 202-555-0143 ext. 12"))
			.andExpect(jsonPath("$.mobilePhone").isEmpty())
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		assertThat(single("select concat_ws('|', home_phone_e164, home_phone_extension, fax_e164, fax_extension, street1,"
				+ " city, state, zip) from correspondence.correspondence where id = ?::uuid", id))
			.isEqualTo("+19155550110|+12025550143|12|1 Main St|El Paso|TX|79901-1234");
		mvc.perform(get("/api/correspondence/{id}", id).with(OfficeUsers.ESEC_LEAD.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.address.zip").value("79901-1234"))
			.andExpect(jsonPath("$.fax").value("+1 202-555-0143 ext. 12"));
	}

	@Test
	void aBadPartOfTheAddressIsNamedUnderTheAddressAndABadPhoneByItsField() throws Exception {
		intake(new MockMultipartFile("correspondence", "", "application/json", """
				{"channel":"POSTAL_MAIL","sourceType":"PUBLIC","subject":"Bad address","mobilePhone":"555-01",
				 "address":{"street1":"1 Main St","city":"El Paso","state":"TX","zip":"7990"}}"""
				.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("address.zip")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("mobilePhone")))
			.andExpect(jsonPath("$.errors.length()").value(2));
		mvc.perform(multipart("/api/correspondence/intake").param("channel", "FAX").param("sourceType", "PUBLIC")
				.param("subject", "Form address").param("address.street1", "1 Main St").param("address.city", "El Paso")
				.param("address.state", "ZZ").param("address.zip", "79901").with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("address.state"));
	}

	@Test
	void actionOfficersAndCrmUsersMayNotTakeInOrSearchCorrespondence() throws Exception {
		String body = intake(json("Private", null)).andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		for (OfficeUsers user : List.of(OfficeUsers.ICE_ACTION, OfficeUsers.PSO_ANALYST)) {
			mvc.perform(multipart("/api/correspondence/intake").file(json("Nope", null)).with(user.token()))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/correspondence/{id}", id).with(user.token())).andExpect(status().isForbidden());
			mvc.perform(get("/api/correspondence").param("q", "private").with(user.token()))
				.andExpect(status().isForbidden());
		}
		assertThat(Integer.parseInt(single("select count(*) from kernel.audit_entry where record_id = ? "
				+ "and actor = 'ice-action' and action = 'ACCESS_DENIED'", id))).isPositive();
	}

	@Test
	void readingARecordAuditsTheTextOfItsAttachmentsAndFindingsToo() throws Exception {
		String body = intake(json("Audited attachment", "My SSN is " + SSN + "."),
				file("reply.docx", docx("Ferries to Zanzibar need inspection.")))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		mvc.perform(get("/api/correspondence/{id}", id).with(OfficeUsers.ESEC_LEAD.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.attachments[0].extractedText").value(containsString("Zanzibar")));
		// The nested views are released under their own declarations: what they revealed is in the entry.
		assertThat(single("select fields from kernel.audit_entry where record_id = ? and actor = 'esec-lead'"
				+ " and action = 'READ' order by seq desc limit 1", id))
			.contains("attachments.fileName").contains("attachments.extractedText")
			.contains("findings.maskedExcerpt");
	}

	@Test
	void aScannedLetterIsReadByOcrAndItsSsnHeldForReviewThenRedacted() throws Exception {
		String body = intake(json("Scanned letter", null),
				file("scan.png", scan("Dear Secretary,", "my Social Security number is " + SSN + ".", "Please help.")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SPII_REVIEW"))
			.andExpect(jsonPath("$.findings[*].kind", hasItem("SSN")))
			.andExpect(jsonPath("$.attachments[0].mediaType").value("image/png"))
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		List<String> findings = JsonPath.read(body, "$.findings[*].id");
		assertThat(findings).hasSize(1);
		mvc.perform(post("/api/correspondence/{id}/spii-decisions", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":0,\"decisions\":[{\"findingId\":\"%s\",\"decision\":\"REDACT\"}]}"
					.formatted(findings.get(0))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECEIVED"));
		// The scan itself is gone in favour of the redacted text read from it.
		assertThat(single("select extracted_text from correspondence.attachment where correspondence_id = ?::uuid", id))
			.doesNotContain(SSN).contains("[REDACTED SSN]").containsIgnoringCase("secretary");
		assertThat(single("select coalesce(encode(content, 'hex'), 'none') from correspondence.attachment"
				+ " where correspondence_id = ?::uuid", id)).isEqualTo("none");
	}

	@Test
	void aBatchIsTakenInWholeEachRecordAuditedTrackedAndScannedForSpii() throws Exception {
		String tag = "Batch" + System.nanoTime();
		MvcResult result = mvc.perform(post("/api/correspondence/intake/batch").with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"records":[
						 {"channel":"POSTAL_MAIL","sourceType":"PUBLIC","subject":"%1$s one","body":"Please help.","lastName":"Doe"},
						 {"channel":"FAX","sourceType":"CONGRESS","subject":"%1$s two","body":"Constituent SSN %2$s attached."},
						 {"channel":"EMAIL","sourceType":"NGO","subject":"%1$s three","email":"ngo@example.org"}]}"""
					.formatted(tag, SSN)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].status").value("RECEIVED"))
			.andExpect(jsonPath("$[1].status").value("SPII_REVIEW"))
			.andExpect(jsonPath("$[2].status").value("RECEIVED"))
			.andExpect(jsonPath("$[1].spiiFindings").value(1))
			.andExpect(jsonPath("$[0].referenceNumber").value(org.hamcrest.Matchers.startsWith("CORR-")))
			// A receipt: nothing personal in the answer.
			.andExpect(jsonPath("$[0].lastName").doesNotExist())
			.andReturn();
		List<String> ids = JsonPath.read(result.getResponse().getContentAsString(), "$[*].id");
		for (String id : ids) {
			assertThat(single("select string_agg(action, ',' order by seq) from kernel.audit_entry"
					+ " where record_id = ? and actor = 'esec-clerk'", id)).as("audit of " + id).isEqualTo("CREATE");
			assertThat(single("select schedule_code from kernel.retention_record where record_id = ?", id))
				.isEqualTo("N1_563_07_001");
		}
		// The record with an SSN waits for its review; the value is never in a finding's excerpt.
		assertThat(single("select count(*) || ' ' || bool_and(masked_excerpt not like '%6789%')"
				+ " from correspondence.spii_review_item where correspondence_id = ?::uuid", ids.get(1)))
			.isEqualTo("1 true");
	}

	@Test
	void aCommonWordListsTheNewestHundredMatchesNewestFirstAndOnlyVisibleOnes() throws Exception {
		// As a word, and as a phrase with more matches than the full-text lookup takes (1,000), search reads the
		// newest records in order.
		String word = "zephyr" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
		java.time.LocalDate day = java.time.LocalDate.of(2025, 1, 1);
		for (int batch = 0; batch < 3; batch++) {
			StringBuilder records = new StringBuilder();
			for (int i = 0; i < 400; i++) {
				int n = batch * 400 + i;
				records.append(n % 400 == 0 ? "" : ",").append("""
						{"channel":"EMAIL","sourceType":"PUBLIC","subject":"%s letter %d","body":"About %s.","receivedAt":"%s"}"""
					.formatted(word, n, word, day.plusDays(n % 600)));
			}
			mvc.perform(post("/api/correspondence/intake/batch").with(OfficeUsers.ESEC_CLERK.token())
					.contentType(MediaType.APPLICATION_JSON).content("{\"records\":[" + records + "]}"))
				.andExpect(status().isCreated());
		}
		// A page of the most a page holds: the search itself stops at the newest hundred.
		String found = mvc.perform(get("/api/correspondence").param("q", word).param("size", "100")
				.with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(100))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("X-Total-Count", "100"))
			.andReturn().getResponse().getContentAsString();
		List<String> received = JsonPath.read(found, "$[*].receivedAt");
		assertThat(received).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(received.get(0)).startsWith(day.plusDays(599).toString());
		String asPhrase = mvc.perform(get("/api/correspondence").param("q", "\"about " + word + "\"")
				.param("size", "100").with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(100))
			.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(asPhrase, "$[*].receivedAt")).isEqualTo(received);
		// ESEC's records: the Executive Secretariat of ICE sees none of them.
		mvc.perform(get("/api/correspondence").param("q", word).with(OfficeUsers.ICE_ESEC.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void aBatchWithOneBadRecordIsRefusedNamingTheRecordAndFieldAndStoresNothing() throws Exception {
		String tag = "BadBatch" + System.nanoTime();
		mvc.perform(post("/api/correspondence/intake/batch").with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"records":[
						 {"channel":"POSTAL_MAIL","sourceType":"PUBLIC","subject":"%1$s fine","body":"Fine."},
						 {"channel":"CARRIER_PIGEON","sourceType":"PUBLIC","subject":"%1$s bad","email":"not an email"}]}"""
					.formatted(tag)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("records[1].channel")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("records[1].email")))
			.andExpect(jsonPath("$.errors[*].field", not(hasItem(containsString("records[0]")))));
		mvc.perform(post("/api/correspondence/intake/batch").with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"records\":[]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("records"));
		assertThat(single("select count(*) from correspondence.correspondence where subject like ?", tag + "%"))
			.isEqualTo("0");
	}

	private org.springframework.test.web.servlet.ResultActions intake(MockMultipartFile... parts) throws Exception {
		var request = multipart("/api/correspondence/intake");
		for (MockMultipartFile part : parts) {
			request.file(part);
		}
		return mvc.perform(request.with(OfficeUsers.ESEC_CLERK.token()));
	}

	static MockMultipartFile json(String subject, String body) {
		String json = """
				{"channel":"POSTAL_MAIL","sourceType":"PUBLIC","subject":"%s","body":%s,"firstName":"Ana",
				 "lastName":"Reyes","email":"Ana.Reyes@Example.org","organization":"Reyes Family Farm"}"""
			.formatted(subject, body == null ? "null" : "\"" + body + "\"");
		return new MockMultipartFile("correspondence", "", "application/json", json.getBytes(StandardCharsets.UTF_8));
	}

	static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("files", name, "application/octet-stream", content);
	}
}
