package org.casekeep.correspondence.records;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.casekeep.correspondence.OfficeUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * PIA 6.4: a disclosure of correspondence is refused when it names a document of another letter or no authority, and
 * only the office may share. (That an accounted disclosure reaches the privacy office is the platform's test.)
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class CorrespondenceDisclosuresApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aDocumentOfAnotherLetterOrAMissingRoutineUseIsRefusedAndOutsidersMayNotShare() throws Exception {
		String id = JsonPath.read(mvc.perform(multipart("/api/correspondence/intake")
				.file(new MockMultipartFile("correspondence", "", MediaType.APPLICATION_JSON_VALUE, """
						{"channel":"EMAIL","sourceType":"PUBLIC","subject":"Question","lastName":"Gray"}""".getBytes()))
				.with(OfficeUsers.ESEC_CLERK.token())).andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(post("/api/correspondence/{id}/disclosures", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"recipient":"GAO","purpose":"Audit","routineUse":"DHS/ALL-016 routine use F",
						 "attachmentIds":["%s"]}""".formatted(UUID.randomUUID())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("attachmentIds"));
		mvc.perform(post("/api/correspondence/{id}/disclosures", id).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"recipient\":\"GAO\",\"purpose\":\"Audit\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("authority")));
		mvc.perform(post("/api/correspondence/{id}/disclosures", id).with(OfficeUsers.ICE_ACTION.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"recipient\":\"GAO\",\"purpose\":\"Audit\",\"routineUse\":\"x\"}"))
			.andExpect(status().isForbidden());
	}
}
