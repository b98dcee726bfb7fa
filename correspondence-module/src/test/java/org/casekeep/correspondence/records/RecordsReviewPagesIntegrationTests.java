package org.casekeep.correspondence.records;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.casekeep.correspondence.OfficeUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The records-review form on the correspondence page (issue 3 item 10). */
@ApplicationModuleTest
@AutoConfigureMockMvc
class RecordsReviewPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void execSecMarksARecordPermanentOnTheCorrespondencePageAndAStaleVersionIsShownAsAConflict() throws Exception {
		String created = mvc.perform(multipart("/api/correspondence/intake")
				.file(new MockMultipartFile("correspondence", "", MediaType.APPLICATION_JSON_VALUE, """
						{"channel":"POSTAL_MAIL","sourceType":"PUBLIC","subject":"Records review page","lastName":"Ode",
						 "retentionSchedule":"GRS_5_2_010"}""".getBytes()))
				.with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(created, "$.id");
		Integer version = JsonPath.read(created, "$.version");

		String detail = mvc.perform(get("/correspondence/{id}", id).with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(detail).contains("Records review").contains("value=\"PERMANENT_UNTIL_SCHEDULED\"")
			.contains("name=\"version\" value=\"" + version + "\"");

		mvc.perform(post("/correspondence/{id}/records-review", id).with(OfficeUsers.ESEC_CLERK.token()).with(csrf())
				.param("schedule", "PERMANENT_UNTIL_SCHEDULED").param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/correspondence/" + id + "#records-review"))
			.andExpect(flash().attribute("notice",
					"Records review saved: Permanent record, kept until a schedule is approved (permanent)."));
		String after = mvc.perform(get("/correspondence/{id}", id).with(OfficeUsers.ESEC_CLERK.token()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(after).contains("<option value=\"PERMANENT_UNTIL_SCHEDULED\" selected=\"selected\"");

		mvc.perform(post("/correspondence/{id}/records-review", id).with(OfficeUsers.ESEC_CLERK.token()).with(csrf())
				.param("schedule", "N1_563_07_001").param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/correspondence/" + id + "#records-review"))
			.andExpect(flash().attributeExists("recordsReviewErrors"));
		mvc.perform(post("/correspondence/{id}/records-review", id).with(OfficeUsers.ESEC_CLERK.token()).with(csrf())
				.param("schedule", "FOREVER").param("version", String.valueOf(version + 1)))
			.andExpect(flash().attributeExists("recordsReviewErrors"));
		String withError = mvc.perform(get("/correspondence/{id}", id).with(OfficeUsers.ESEC_CLERK.token())
				.flashAttr("recordsReviewErrors", java.util.Map.of("records-schedule", "Unknown schedule 'FOREVER'")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		// The module's one error pattern: the summary links to the field, the message sits next to it.
		assertThat(withError).contains("role=\"alert\"").contains("href=\"#records-schedule\"")
			.contains("id=\"records-schedule-error\"").contains("Unknown schedule &#39;FOREVER&#39;");
	}
}
