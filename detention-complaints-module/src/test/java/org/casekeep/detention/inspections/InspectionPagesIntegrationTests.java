package org.casekeep.detention.inspections;

import com.jayway.jsonpath.JsonPath;

import org.casekeep.kernel.testing.PageTesting;
import org.casekeep.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casekeep.detention.inspections.InspectionTeam.AUDITOR;
import static org.casekeep.detention.inspections.InspectionTeam.MANAGER;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The inspection pages against the embedded PostgreSQL: opening a file, its deconfliction panel, its steps. */
@ApplicationModuleTest
@AutoConfigureMockMvc
class InspectionPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aJuniorAuditorOpensAFileOnThePageAndRecordsDeconflictionThere() throws Exception {
		assertThat(PageTesting.html(mvc, get("/detention/inspections/new").with(AUDITOR.token()), 200))
			.contains("Triggering event").contains("Otero County Processing Center").contains("Unannounced");
		String refused = PageTesting.html(mvc, post("/detention/inspections").with(AUDITOR.token()).with(csrf())
			.param("triggerKind", "PUBLIC_INFORMATION").param("triggerDescription", "News of a hunger strike")
			.param("facility", "OTERO").param("inspectionType", "ANNOUNCED").param("plannedFrom", "2028-02-01")
			.param("plannedTo", "2028-02-02"), 422);
		assertThat(refused).contains("Say where the publicly available information was published")
			.contains("News of a hunger strike");
		MvcResult opened = mvc.perform(post("/detention/inspections").with(AUDITOR.token()).with(csrf())
				.param("triggerKind", "PUBLIC_INFORMATION").param("triggerDescription", "News of a hunger strike")
				.param("publicSource", "Las Cruces Sun-News").param("facility", "OTERO")
				.param("inspectionType", "ANNOUNCED").param("plannedFrom", "2028-02-01").param("plannedTo", "2028-02-02"))
			.andExpect(status().isSeeOther()).andReturn();
		String location = opened.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/detention/inspections/");
		String id = location.substring(location.lastIndexOf('/') + 1);
		String page = PageTesting.html(mvc, get(location).with(AUDITOR.token()), 200);
		assertThat(page).contains("Deconfliction").contains("DHS Office of Inspector General")
			.contains("Publicly available information, to be verified").contains("Record as asked");
		mvc.perform(post(location + "/steps/asked").with(AUDITOR.token()).with(csrf())
				.param("version", String.valueOf(InspectionTeam.version(mvc, id))).param("office", "OIG"))
			.andExpect(status().isSeeOther()).andExpect(flash().attribute("notice", "Saved."));
		mvc.perform(post(location + "/steps/schedule").with(AUDITOR.token()).with(csrf())
				.param("version", String.valueOf(InspectionTeam.version(mvc, id))))
			.andExpect(status().isSeeOther())
			.andExpect(flash().attribute("stepError", org.hamcrest.Matchers.containsString("before deconfliction")));
		mvc.perform(post(location + "/steps/override").with(AUDITOR.token()).with(csrf())
				.param("version", String.valueOf(InspectionTeam.version(mvc, id))).param("reason", "mine"))
			.andExpect(status().isForbidden());
		assertThat(TestDatabase.single("select asked_by from detention.inspection_deconfliction where file_id = ?::uuid "
				+ "and office = 'OIG'", id)).isEqualTo("oido-auditor");
		assertThat(PageTesting.html(mvc, get("/detention/inspections").with(AUDITOR.token()), 200))
			.contains(InspectionTeam.fileNumber(mvc, id)).contains("Public information");
		assertThat(PageTesting.html(mvc, get(location).with(MANAGER.token()), 200)).contains("Override deconfliction");
	}

	@Test
	void readingAnIntervieweeIsAuditedWithTheFieldsRevealedAndRecordingsAreTakenUnstripped() throws Exception {
		String id = InspectionTeam.open(mvc, InspectionTeam.opening("CBP-CLINT", "ANNOUNCED", "2028-03-01", "2028-03-01"));
		AUDITOR.step(mvc, id, "interviewees", """
				"fullName":"Rosa Martinez","phone":"(915) 555-0142","consentGiven":false""")
			.andExpect(status().isOk());
		mvc.perform(get(InspectionTeam.PATH + "/{id}", id).with(MANAGER.token())).andExpect(status().isOk())
			.andExpect(jsonPath("$.interviewees[0].phone").value("+19155550142"));
		assertThat(TestDatabase.single("""
				select fields from kernel.audit_entry where record_id = ? and action = 'READ'
				and details is null and actor = 'oido-manager' order by id desc limit 1""", id))
			.contains("interviewees.fullName").contains("interviewees.phone");
		byte[] wav = wav();
		String body = mvc.perform(multipart(InspectionTeam.PATH + "/{id}/attachments", id)
				.file(new MockMultipartFile("file", "interview.wav", "audio/wav", wav))
				.param("version", String.valueOf(InspectionTeam.version(mvc, id))).with(AUDITOR.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.attachments[0].kind").value("AUDIO"))
			.andExpect(jsonPath("$.attachments[0].metadataStripped").value(false))
			.andReturn().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(body, "$.attachments[0].mediaType")).startsWith("audio/");
	}

	/** A tenth of a second of silence as a PCM WAV file. */
	static byte[] wav() {
		int samples = 800;
		java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(44 + samples * 2).order(java.nio.ByteOrder.LITTLE_ENDIAN);
		b.put("RIFF".getBytes()).putInt(36 + samples * 2).put("WAVE".getBytes());
		b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(8000).putInt(16000)
			.putShort((short) 2).putShort((short) 16);
		b.put("data".getBytes()).putInt(samples * 2);
		return b.array();
	}
}
