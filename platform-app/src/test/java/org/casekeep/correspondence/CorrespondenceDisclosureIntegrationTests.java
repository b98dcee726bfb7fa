package org.casekeep.correspondence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.casekeep.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * PIA 6.4: correspondence shared with Congress or another agency is accounted for through the kernel, and the privacy
 * office finds it in the accounting of disclosures (the platform's privacy pages and API; the refusals are the
 * module's own test).
 */
@SpringBootTest
@AutoConfigureMockMvc
class CorrespondenceDisclosureIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void sharingALetterAndItsDocumentWithCongressIsAccountedAndListedForThePrivacyOffice() throws Exception {
		String body = mvc.perform(multipart("/api/correspondence/intake")
				.file(new MockMultipartFile("correspondence", "", MediaType.APPLICATION_JSON_VALUE, """
						{"channel":"POSTAL_MAIL","sourceType":"CONGRESS","subject":"Constituent casework",
						 "body":"Please help with the case.","lastName":"Ford"}""".getBytes()))
				.file(new MockMultipartFile("files", "note.docx",
						"application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx("Casework note")))
				.with(DemoUsers.ESEC_CLERK.token()))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		String attachment = JsonPath.read(body, "$.attachments[0].id");

		mvc.perform(post("/api/correspondence/{id}/disclosures", id).with(DemoUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"recipient":"Office of Senator Ford","purpose":"Congressional inquiry on behalf of the constituent",
						 "routineUse":"DHS/ALL-016 routine use E","attachmentIds":["%s"]}"""
					.formatted(attachment)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("AWAITING_APPROVAL"))
			.andExpect(jsonPath("$.records.length()").value(2))
			.andExpect(jsonPath("$.records[*].subjectId").value(everyItem(equalTo(id))))
			.andExpect(jsonPath("$.records[*].owningComponent").value(everyItem(equalTo("ESEC"))));
		String disclosure = JsonPath.read(mvc.perform(get("/api/privacy/disclosures").param("mine", "true")
				.with(DemoUsers.ESEC_CLERK.token())).andReturn().getResponse().getContentAsString(),
				"$[?(@.recipient == 'Office of Senator Ford')].id").toString().replaceAll("[\\[\\]\"]", "");
		mvc.perform(post("/api/privacy/disclosures/{id}/approve", disclosure).with(DemoUsers.CPO.token()))
			.andExpect(status().isOk());

		mvc.perform(get("/api/privacy/disclosures").param("subjectId", id).with(DemoUsers.CPO.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].recipient").value("Office of Senator Ford"))
			.andExpect(jsonPath("$[0].authority").value("DHS/ALL-016 routine use E"))
			.andExpect(jsonPath("$[0].records[*].recordType").value(hasItems("correspondence.correspondence",
					"correspondence.attachment")));
	}

	/** A Word document of one paragraph: the kind of file a casework note comes as. */
	private static byte[] docx(String text) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(text);
			document.write(out);
			return out.toByteArray();
		}
	}
}
