package org.casekeep.detention;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;

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
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Supporting documents against the embedded PostgreSQL (PIA 2.1, overview): intake staff add the scan of the paper
 * form to the complaint they entered and nothing else; the type is judged by content; SPII in the text is found; a
 * download is read-audited; nothing is stored for a refused file.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class ComplaintDocumentsIntegrationTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R' };

	@Autowired
	MockMvc mvc;

	@Test
	void intakeStaffAddTheScanOfTheFormToTheComplaintTheyEnteredAndSpiiInItIsFound() throws Exception {
		String id = ComplaintRequests.file(mvc, ComplaintRequests.full("Doc Person", "A914000001", "1981-01-01", "x"));
		String body = upload(id, OidoUsers.INTAKE.token(), "SCANNED_FORM", "C:\\scans\\form.txt",
				"Intake form. Date of birth: 01/01/1981. SSN 123-45-6789.".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.mediaType").value("text/plain"))
			.andExpect(jsonPath("$.spiiFindings").value(hasItem("SSN")))
			.andReturn().getResponse().getContentAsString();
		String documentId = JsonPath.read(body, "$.id");
		assertThat(body).doesNotContain("123-45-6789");
		assertThat(TestDatabase.single("select file_name from detention.complaint_document where id = ?::uuid", documentId))
			.as("no folder of the uploader's computer").isEqualTo("form.txt");
		mvc.perform(get("/api/detention/complaints/{id}/documents/{doc}", id, documentId).with(OidoUsers.INTAKE.token()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/detention/complaints/{id}/documents/{doc}", id, documentId).with(OidoUsers.ANALYST.token()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Intake form")));
		assertThat(TestDatabase.single("""
				select fields from kernel.audit_entry where record_type = 'detention.complaint-document'
				and record_id = ? and action = 'READ' and actor = 'oido-analyst'""", documentId)).contains("content");
		mvc.perform(get("/api/detention/complaints/{id}/documents", id).with(OidoUsers.MANAGER.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].kind").value("SCANNED_FORM"))
			.andExpect(jsonPath("$[0].content").doesNotExist());
	}

	@Test
	void intakeStaffCannotAddToAComplaintSomebodyElseEnteredNorPeopleOutsideOidoToAny() throws Exception {
		String id = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/detention/complaints").with(OidoUsers.ANALYST.token()).contentType(MediaType.APPLICATION_JSON)
				.content(ComplaintRequests.full("Doc Other", "A914000002", "1982-02-02", "x")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String complaint = JsonPath.read(id, "$.id");
		upload(complaint, OidoUsers.INTAKE.token(), "SCANNED_FORM", "a.txt", "text".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isForbidden());
		upload(complaint, OidoUsers.ICE_WITH_OIDO_ROLE.token(), "LEGAL_RECORD", "a.txt", "text".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isForbidden());
		assertThat(TestDatabase.count("select count(*) from detention.complaint_document where complaint_id = '"
				+ complaint + "'")).isZero();
	}

	@Test
	void aFileOfAnotherTypeIsRefusedWith415AndAMissingKindWith422AndNothingIsStored() throws Exception {
		String id = ComplaintRequests.file(mvc, ComplaintRequests.full("Doc Refused", "A914000003", "1983-03-03", "x"));
		byte[] zip = { 'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0 };
		upload(id, OidoUsers.ANALYST.token(), "MEDICAL_RECORD", "records.zip", zip)
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		upload(id, OidoUsers.ANALYST.token(), "X_RAY", "scan.png", PNG)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		assertThat(TestDatabase.count("select count(*) from detention.complaint_document where complaint_id = '" + id + "'"))
			.isZero();
	}

	private org.springframework.test.web.servlet.ResultActions upload(String id, RequestPostProcessor user, String kind,
			String name, byte[] bytes) throws Exception {
		return mvc.perform(multipart("/api/detention/complaints/{id}/documents", id)
				.file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
				.param("kind", kind).with(user));
	}
}
