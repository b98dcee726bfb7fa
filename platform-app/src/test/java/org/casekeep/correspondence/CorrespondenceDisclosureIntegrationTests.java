package org.casekeep.correspondence;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.casekeep.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** PIA 6.4: correspondence shared with Congress or another agency is accounted for through the kernel. */
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
						"application/vnd.openxmlformats-officedocument.wordprocessingml.document", IntakeApiIntegrationTests.docx("Casework note")))
				.with(DemoUsers.ESEC_CLERK.token()))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		String attachment = JsonPath.read(body, "$.attachments[0].id");

		mvc.perform(post("/api/correspondence/{id}/disclosures", id).with(DemoUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"recipient":"Office of Senator Ford","purpose":"Congressional inquiry on behalf of the constituent",
						 "routineUse":"DHS/ALL-016 routine use E","approvedBy":"esec-lead","attachmentIds":["%s"]}"""
					.formatted(attachment)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.records.length()").value(2));

		mvc.perform(get("/api/privacy/disclosures").param("subjectId", id).with(DemoUsers.CPO.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].recipient").value("Office of Senator Ford"))
			.andExpect(jsonPath("$[0].authority").value("DHS/ALL-016 routine use E"))
			.andExpect(jsonPath("$[0].records[*].recordType").value(hasItems("correspondence.correspondence",
					"correspondence.attachment")));
	}

	@Test
	void aDocumentOfAnotherLetterOrAMissingRoutineUseIsRefusedAndOutsidersMayNotShare() throws Exception {
		String id = JsonPath.read(mvc.perform(multipart("/api/correspondence/intake")
				.file(new MockMultipartFile("correspondence", "", MediaType.APPLICATION_JSON_VALUE, """
						{"channel":"EMAIL","sourceType":"PUBLIC","subject":"Question","lastName":"Gray"}""".getBytes()))
				.with(DemoUsers.ESEC_CLERK.token())).andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(post("/api/correspondence/{id}/disclosures", id).with(DemoUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"recipient":"GAO","purpose":"Audit","routineUse":"DHS/ALL-016 routine use F","approvedBy":"esec-lead",
						 "attachmentIds":["%s"]}""".formatted(UUID.randomUUID())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("attachmentIds"));
		mvc.perform(post("/api/correspondence/{id}/disclosures", id).with(DemoUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"recipient\":\"GAO\",\"purpose\":\"Audit\",\"approvedBy\":\"esec-lead\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("authority")));
		mvc.perform(post("/api/correspondence/{id}/disclosures", id).with(DemoUsers.ICE_ACTION.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"recipient\":\"GAO\",\"purpose\":\"Audit\",\"routineUse\":\"x\",\"approvedBy\":\"y\"}"))
			.andExpect(status().isForbidden());
	}
}
