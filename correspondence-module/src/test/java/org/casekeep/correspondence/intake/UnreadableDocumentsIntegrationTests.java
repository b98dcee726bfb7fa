package org.casekeep.correspondence.intake;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.casekeep.correspondence.OfficeUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Fail closed (OWASP A10): with OCR off, a scanned letter whose text cannot be read is never passed by the SPII
 * review with no finding. It waits in {@code SPII_REVIEW} with an item "text could not be read — check this
 * document by eye", which only an explicit CHECKED resolves.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "casekeep.files.ocr.enabled=false")
class UnreadableDocumentsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aScanWithoutOcrWaitsInTheSpiiReviewUntilAReviewerConfirmsTheyCheckedItByEye() throws Exception {
		String body = mvc.perform(multipart("/api/correspondence/intake")
				.file(IntakeApiIntegrationTests.json("Scanned letter", null))
				.file(IntakeApiIntegrationTests.file("scan.png", png()))
				.with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SPII_REVIEW"))
			.andExpect(jsonPath("$.findings.length()").value(1))
			.andExpect(jsonPath("$.findings[0].kind").value("UNREADABLE"))
			.andExpect(jsonPath("$.findings[0].kindLabel").value("text could not be read — check this document by eye"))
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		String finding = JsonPath.read(body, "$.findings[0].id");

		// Neither keeping nor redacting an unread text resolves it, nor does saying nothing.
		for (String decision : new String[] { "KEEP", "REDACT" }) {
			decide(id, finding, decision)
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("findings[" + finding + "].decision"));
		}
		decide(id, finding, "CHECKED")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.findings[0].decision").value("CHECKED"));
	}

	private org.springframework.test.web.servlet.ResultActions decide(String id, String finding, String decision)
			throws Exception {
		return mvc.perform(post("/api/correspondence/{id}/spii-decisions", id).with(OfficeUsers.ESEC_CLERK.token())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"version":0,"decisions":[{"findingId":"%s","decision":"%s","justification":"Needed for the reply"}]}"""
				.formatted(finding, decision)));
	}

	private static byte[] png() {
		return java.util.Base64.getDecoder().decode(
				"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
	}
}
