package org.casekeep.correspondence.drafts;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;

import com.jayway.jsonpath.JsonPath;
import org.casekeep.kernel.testing.Documents;
import org.casekeep.correspondence.OfficeUsers;
import org.casekeep.correspondence.office.OfficeRoles;
import org.casekeep.kernel.testing.PageTesting;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Draft official responses uploaded as a file (issue 3 item 4): PDF or Word only, checked like intake (413, 415),
 * refused with 422 naming the file when it holds SPII, kept as a tasker attachment that only those who see the tasker
 * may download, every upload and download audited, and the assignment's version checked.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class DraftResponseUploadIntegrationTests {

	static final String TASKERS = "/api/correspondence/taskers";

	@Autowired
	MockMvc mvc;

	@Test
	void iceUploadsAWordDraftThatOnlyThoseWhoSeeTheTaskerDownloadAndEveryDownloadIsAudited() throws Exception {
		String id = create("ICE", "CBP");
		byte[] draft = Documents.docx("Draft reply: the Department will review ferry inspections.");
		String body = upload(OfficeUsers.ICE_ACTION.token(), id, 0, file("ICE draft reply.docx", draft), "DRAFT_RESPONSE",
				"Cleared by ICE counsel")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignments[0].status").value("ANSWERED"))
			.andExpect(jsonPath("$.assignments[0].answerKind").value("DRAFT_RESPONSE"))
			.andExpect(jsonPath("$.assignments[0].answerText").value("Cleared by ICE counsel"))
			.andExpect(jsonPath("$.assignments[0].answerAttachmentId").isNotEmpty())
			.andExpect(jsonPath("$.attachments.length()").value(1))
			.andExpect(jsonPath("$.attachments[0].fileName").value("ICE draft reply.docx"))
			.andExpect(jsonPath("$.attachments[0].uploadedBy").value("ice-action"))
			.andReturn().getResponse().getContentAsString();
		String file = JsonPath.read(body, "$.attachments[0].id");
		assertThat(file).isEqualTo(JsonPath.read(body, "$.assignments[0].answerAttachmentId"));

		byte[] downloaded = mvc.perform(get(TASKERS + "/{id}/attachments/{f}", id, file).with(OfficeUsers.ICE_ACTION.token()))
			.andExpect(status().isOk())
			.andExpect(content().contentType(
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(downloaded).isEqualTo(draft);
		mvc.perform(get(TASKERS + "/{id}/attachments/{f}", id, file).with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(status().isOk());

		// Not assigned, not the assigning office: nothing, not even that the file exists.
		RequestPostProcessor fema = SignedIn.as("fema-action", "FEMA", OfficeRoles.ACTION_OFFICER);
		mvc.perform(get(TASKERS + "/{id}/attachments/{f}", id, file).with(fema)).andExpect(status().isNotFound());
		mvc.perform(get(TASKERS + "/{id}/attachments/{f}", id, file).with(OfficeUsers.ICE_LIAISON.token()))
			.andExpect(status().isNotFound());
		// The file cannot be fetched through another tasker its downloader may see.
		String other = create("FEMA");
		mvc.perform(get(TASKERS + "/{id}/attachments/{f}", other, file).with(fema)).andExpect(status().isNotFound());

		assertThat(audited("CREATE", file)).isEqualTo(1);
		assertThat(audited("READ", file)).isEqualTo(2);
	}

	@Test
	void aDraftWithSpiiIsRefusedNamingTheFileAndTheKindButNeverTheValueAndNothingIsStored() throws Exception {
		String id = create("ICE");
		byte[] pdf = Documents.pdf("Draft: the requester's SSN is 123-45-6789 as on file.");
		upload(OfficeUsers.ICE_ACTION.token(), id, 0, file("draft.pdf", pdf), "DRAFT_RESPONSE", null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Social Security number")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("draft.pdf")))
			.andExpect(content().string(not(containsString("6789"))));

		mvc.perform(get(TASKERS + "/{id}", id).with(OfficeUsers.ICE_ACTION.token()))
			.andExpect(jsonPath("$.assignments[0].status").value("ACTIVE"))
			.andExpect(jsonPath("$.attachments.length()").value(0));
		try (Connection db = TestDatabase.superuser(); ResultSet rs = db.createStatement().executeQuery(
				"select count(*) from correspondence.tasker_attachment where tasker_id = '" + id + "'")) {
			rs.next();
			assertThat(rs.getInt(1)).isZero();
		}
	}

	@Test
	void onlyPdfOrWordUnder20MegabytesIsTakenAndTheAnswerRulesStillHold() throws Exception {
		String id = create("ICE");
		RequestPostProcessor ice = OfficeUsers.ICE_ACTION.token();
		upload(ice, id, 0, file("draft.pdf", "plain text pretending".getBytes(StandardCharsets.UTF_8)), null, null)
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.file").value("draft.pdf"));
		// Images are accepted at intake (scanned mail) but not as a draft: their text cannot be checked.
		upload(ice, id, 0, file("draft.png", png()), null, null).andExpect(status().isUnsupportedMediaType());
		byte[] big = new byte[21 * 1024 * 1024];
		byte[] header = Documents.pdf("big");
		System.arraycopy(header, 0, big, 0, header.length);
		upload(ice, id, 0, file("big.pdf", big), null, null).andExpect(status().isContentTooLarge());
		upload(ice, id, 0, file("draft.pdf", Documents.pdf("A fine draft")), "COMMENTS", null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		upload(ice, id, 0, null, "DRAFT_RESPONSE", null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		upload(OfficeUsers.CBP_ACTION.token(), id, 0, file("draft.pdf", Documents.pdf("A fine draft")),
				null, null)
			.andExpect(status().isNotFound());

		String assignment = assignment(id, "id");
		mvc.perform(multipart(TASKERS + "/{id}/assignments/{a}/answer", id, assignment)
				.file(file("draft.pdf", Documents.pdf("A fine draft"))).with(ice))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		upload(ice, id, 0, file("draft.pdf", Documents.pdf("A fine draft")), null, null)
			.andExpect(status().isOk());
		mvc.perform(multipart(TASKERS + "/{id}/assignments/{a}/answer", id, assignment)
				.file(file("second.pdf", Documents.pdf("Another draft"))).param("version", "0")
				.with(ice))
			.andExpect(status().isConflict());
	}

	@Test
	void anAssigneeUploadsTheDraftOnTheTaskerPageAndTheOfficeDownloadsItThere() throws Exception {
		String id = create("ICE");
		String assignment = assignment(id, "id");
		String page = "/correspondence/taskers/" + id;
		assertThat(html(page, OfficeUsers.ICE_ACTION)).contains("enctype=\"multipart/form-data\"")
			.contains("type=\"file\"").contains("Or upload your draft response");

		mvc.perform(multipart(page + "/assignments/{a}/answer", assignment)
				.file(file("reply.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8))).param("kind", "DRAFT_RESPONSE")
				.param("version", "0").with(OfficeUsers.ICE_ACTION.token()).with(csrf()))
			.andExpect(flash().attributeExists("answerErrors"));
		mvc.perform(multipart(page + "/assignments/{a}/answer", assignment)
				.file(file("reply.pdf", Documents.pdf("Our draft reply on ferries.")))
				.param("kind", "DRAFT_RESPONSE").param("version", "0").with(OfficeUsers.ICE_ACTION.token()).with(csrf()))
			.andExpect(flash().attribute("notice", "Your answer was recorded."));

		String office = html(page, OfficeUsers.ESEC_CLERK);
		String file = JsonPath.read(mvc.perform(get(TASKERS + "/{id}", id).with(OfficeUsers.ESEC_CLERK.token()))
			.andReturn().getResponse().getContentAsString(), "$.attachments[0].id");
		assertThat(office).contains("reply.pdf").contains(page + "/attachments/" + file);
		mvc.perform(get(page + "/attachments/{f}", file).with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
		mvc.perform(get(page + "/attachments/{f}", file).with(OfficeUsers.CBP_ACTION.token()))
			.andExpect(status().isNotFound());
	}

	private String create(String... components) throws Exception {
		StringBuilder assignees = new StringBuilder();
		for (String component : components) {
			assignees.append(assignees.isEmpty() ? "" : ",").append("{\"component\":\"").append(component).append("\"}");
		}
		return JsonPath.read(mvc.perform(post(TASKERS).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"subject":"Ferry inspections","businessDays":5,"assignees":[%s]}""".formatted(assignees)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
	}

	private String assignment(String taskerId, String property) throws Exception {
		return String.valueOf((Object) JsonPath.read(mvc.perform(get(TASKERS + "/{id}", taskerId)
				.with(OfficeUsers.ESEC_CLERK.token())).andReturn().getResponse().getContentAsString(),
				"$.assignments[0]." + property));
	}

	/** Uploads with the assignment's current version. */
	private ResultActions upload(RequestPostProcessor user, String taskerId, int index, MockMultipartFile file,
			String kind, String text) throws Exception {
		String json = mvc.perform(get(TASKERS + "/{id}", taskerId).with(OfficeUsers.ESEC_CLERK.token()))
			.andReturn().getResponse().getContentAsString();
		String assignmentId = JsonPath.read(json, "$.assignments[" + index + "].id");
		int version = JsonPath.read(json, "$.assignments[" + index + "].version");
		var request = multipart(TASKERS + "/{id}/assignments/{a}/answer", taskerId, assignmentId)
			.param("version", String.valueOf(version));
		if (file != null) {
			request.file(file);
		}
		else {
			request.contentType(MediaType.MULTIPART_FORM_DATA);
		}
		if (kind != null) {
			request.param("kind", kind);
		}
		if (text != null) {
			request.param("text", text);
		}
		return mvc.perform(request.with(user));
	}

	private String html(String path, OfficeUsers user) throws Exception {
		return PageTesting.html(mvc, get(path).with(user.token()), 200);
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	private static byte[] png() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0,
				0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, (byte) 0x90, 'w', 'S', (byte) 0xde };
	}

	private static int audited(String action, String recordId) throws Exception {
		try (Connection db = TestDatabase.superuser(); ResultSet rs = db.createStatement().executeQuery("""
				select count(*) from kernel.audit_entry
				where record_type = 'correspondence.tasker-attachment' and record_id = '%s' and action = '%s'"""
			.formatted(recordId, action))) {
			rs.next();
			return rs.getInt(1);
		}
	}
}
