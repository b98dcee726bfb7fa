package org.casekeep.crm;

import java.nio.charset.StandardCharsets;

import org.casekeep.kernel.testing.Documents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casekeep.crm.CrmPageTesting.page;
import static org.casekeep.kernel.testing.PageTesting.html;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An issue's material (CRM PIA 1.1, item 4) against the embedded PostgreSQL: policy updates, talking points and
 * uploaded documents, written by any CRM user and read by all, every release of their text audited, every file
 * through the platform's upload check, and the issue's page showing them with the recent events that discussed it.
 * Each test adds its own issue.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class IssueMaterialIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String code;

	String label;

	@BeforeEach
	void aCrmAdministratorAddsAnIssue() throws Exception {
		label = CrmPageTesting.uniqueName("Trade ");
		code = JsonPath.read(mvc.perform(post("/api/crm/issues").with(CrmUsers.PSO_ADMIN.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"label\":\"%s\"}".formatted(label)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.code");
	}

	@Test
	void aTalkingPointWrittenInOneComponentIsReadInAnotherAndEachReadIsAudited() throws Exception {
		String id = JsonPath.read(mvc.perform(post("/api/crm/issues/{code}/notes", code.toLowerCase())
				.with(CrmUsers.ICE_LIAISON.token()).contentType(MediaType.APPLICATION_JSON).content("""
						{"kind":"talking_point","title":"Tariff relief","body":"Say the review ends in May."}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("TALKING_POINT"))
			.andExpect(jsonPath("$.author").value("ice-liaison"))
			.andReturn().getResponse().getContentAsString(), "$.id");

		mvc.perform(get("/api/crm/issues/{code}/notes", code).with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].body").value("Say the review ends in May."));
		assertThat(audit("crm.issue-note", id)).containsExactly("CREATE kind,title,body ice-liaison",
				"READ title,body pso-analyst");

		mvc.perform(get("/api/crm/issues/{code}/notes", code).with(CrmUsers.ESEC_CLERK.token()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/crm/issues/{code}/notes", code).with(CrmUsers.PSO_ANALYST.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"memo\",\"title\":\" \"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("kind")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("title")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("body")));
		assertThat(jdbc.sql("select count(*) from crm.issue_note where issue_code = ?").param(code)
			.query(Long.class).single()).as("nothing half-written").isOne();
	}

	@Test
	void aPdfUploadedToAnIssueIsDownloadedByAnotherCrmUserAsAnAttachmentAndTheReadIsAudited() throws Exception {
		byte[] pdf = Documents.pdf("Tariff guidance for stakeholders");
		String id = JsonPath.read(mvc.perform(multipart("/api/crm/issues/{code}/documents", code)
				.file(new MockMultipartFile("file", "guidance.pdf", "application/octet-stream", pdf))
				.with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.fileName").value("guidance.pdf"))
			.andExpect(jsonPath("$.mediaType").value("application/pdf"))
			.andExpect(jsonPath("$.sizeBytes").value(pdf.length))
			.andReturn().getResponse().getContentAsString(), "$.id");

		mvc.perform(get("/api/crm/issues/{code}/documents", code).with(CrmUsers.ICE_LIAISON.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(hasItem(id)));
		byte[] downloaded = mvc.perform(get("/api/crm/issues/{code}/documents/{id}", code, id)
				.with(CrmUsers.ICE_LIAISON.token()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().contentType("application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(downloaded).isEqualTo(pdf);
		assertThat(audit("crm.issue-document", id)).containsExactly("CREATE filename,content pso-analyst",
				"READ filename ice-liaison", "READ filename,content ice-liaison");
		assertThat(jdbc.sql("select count(*) from kernel.retention_record where record_type = 'crm.issue-document' "
				+ "and record_id = ?").param(id).query(Long.class).single()).as("kept under the CRM's schedule").isOne();

		// A document of one issue is not found under another.
		mvc.perform(get("/api/crm/issues/IMMIGRATION/documents/{id}", id).with(CrmUsers.ICE_LIAISON.token()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/crm/issues/{code}/documents/{id}", code, id).with(CrmUsers.ESEC_CLERK.token()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aFileThatIsNotAPdfOrWordDocumentIsRefusedNamingItAndNothingIsStored() throws Exception {
		mvc.perform(multipart("/api/crm/issues/{code}/documents", code)
				.file(new MockMultipartFile("file", "notes.pdf", "application/pdf",
						"<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
				.with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.file").value("notes.pdf"))
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		mvc.perform(multipart("/api/crm/issues/{code}/documents", code).with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		// On the page the refusal is a message naming the file.
		mvc.perform(multipart("/crm/issues/{code}/documents", code)
				.file(new MockMultipartFile("file", "photo.png", "image/png", Documents.scan("A photo")))
				.with(CrmUsers.PSO_ANALYST.token()).with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(result -> assertThat(String.valueOf(result.getFlashMap().get("notice")))
				.contains("photo.png").contains("is not a PDF or a Word document"));
		assertThat(jdbc.sql("select count(*) from crm.issue_document where issue_code = ?").param(code)
			.query(Long.class).single()).isZero();
	}

	@Test
	void theIssuePageShowsItsNotesDocumentsAndTheEventsThatDiscussedItAndARetiredIssueTakesNoMore() throws Exception {
		mvc.perform(post("/api/crm/issues/{code}/notes", code).with(CrmUsers.PSO_ANALYST.token())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"kind":"POLICY_UPDATE","title":"New tariff schedule","body":"Effective in March."}"""))
			.andExpect(status().isCreated());
		mvc.perform(multipart("/crm/issues/{code}/documents", code)
				.file(new MockMultipartFile("file", "schedule.docx", "application/octet-stream",
						Documents.docx("The tariff schedule")))
				.with(CrmUsers.PSO_ANALYST.token()).with(csrf()))
			.andExpect(status().isSeeOther());
		String eventName = CrmPageTesting.uniqueName("Trade roundtable ");
		String eventId = JsonPath.read(mvc.perform(post("/api/crm/engagements").with(CrmUsers.ICE_LIAISON.token())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"name":"%s","heldOn":"2026-11-02","agenda":"Tariffs","issues":["%s"]}""".formatted(eventName, code)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");

		String issuePage = html(mvc, page(get("/crm/issues/{code}", code), CrmUsers.PSO_OWNER), 200);
		assertThat(issuePage).contains("<h1>" + label + "</h1>").contains("New tariff schedule")
			.contains("Policy update").contains("schedule.docx").contains("href=\"/crm/engagements/" + eventId + "\"")
			.contains(eventName).contains("Upload a document");

		mvc.perform(post("/api/crm/issues/{code}/retire", code).with(CrmUsers.PSO_ADMIN.token()))
			.andExpect(status().isOk());
		mvc.perform(multipart("/api/crm/issues/{code}/documents", code)
				.file(new MockMultipartFile("file", "late.pdf", "application/pdf", Documents.pdf("Late")))
				.with(CrmUsers.PSO_ANALYST.token()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("issue"));
		assertThat(html(mvc, page(get("/crm/issues/{code}", code), CrmUsers.PSO_OWNER), 200))
			.contains("schedule.docx").doesNotContain("Upload a document");
	}

	private java.util.List<String> audit(String recordType, String id) {
		return jdbc.sql("""
				select action || ' ' || fields || ' ' || actor from kernel.audit_entry
				where record_type = ? and record_id = ? order by id""")
			.params(recordType, id).query(String.class).list();
	}
}
