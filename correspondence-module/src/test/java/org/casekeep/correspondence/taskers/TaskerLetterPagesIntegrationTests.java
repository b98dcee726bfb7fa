package org.casekeep.correspondence.taskers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import com.jayway.jsonpath.JsonPath;
import org.casekeep.correspondence.OfficeDirectory;
import org.casekeep.correspondence.OfficeUsers;
import org.casekeep.kernel.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casekeep.kernel.testing.PageTesting.html;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The letter on the tasker and the taskers on the letter (PIA "Receipt &amp; Assignment"), the tasker's actions on
 * its page, and assignees only from the directory: components and offices of the reference data, people of the
 * directory (here the module's in-memory {@link OfficeDirectory}; the platform's end-to-end tests ask Keycloak).
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class TaskerLetterPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OfficeDirectory directory;

	@AfterEach
	void reachable() {
		directory.unreachable(false);
	}

	@Test
	void theAssigneeReadsTheLetterOnTheTaskerPageAndTheReadIsAudited() throws Exception {
		String subject = "Port delays " + System.nanoTime();
		String letter = letter(subject, "Why are the lines at the port so long?");
		String tasker = tasker(letter, "ICE");
		String reference = JsonPath.read(mvc.perform(get("/api/correspondence/{id}", letter)
				.with(OfficeUsers.ESEC_CLERK.token())).andReturn().getResponse().getContentAsString(), "$.referenceNumber");
		int before = audited(letter, "ice-action");

		String page = html(mvc, get("/correspondence/taskers/{id}", tasker).with(OfficeUsers.ICE_ACTION.token()), 200);

		assertThat(page).contains("The letter this tasker answers").contains(subject).contains(reference)
			.contains("Lee Park").contains("Why are the lines at the port so long?").contains("notes.docx")
			.contains("href=\"/correspondence/" + letter + "\"");
		assertThat(audited(letter, "ice-action")).as("the read of the letter is audited").isEqualTo(before + 1);
	}

	@Test
	void someoneTheTaskerIsNotOpenedToSeesNeitherTheTaskerNorTheLetter() throws Exception {
		String letter = letter("Grant question " + System.nanoTime(), "Please explain the grant.");
		String tasker = tasker(letter, "ICE");
		mvc.perform(get("/correspondence/taskers/{id}", tasker).with(OfficeUsers.CBP_ACTION.token()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/correspondence/taskers/{id}", tasker).with(OfficeUsers.ICE_LIAISON.token()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/correspondence/{id}", letter).with(OfficeUsers.CBP_ACTION.token()))
			.andExpect(status().isForbidden());
		assertThat(audited(letter, "cbp-action")).as("no read of the letter by CBP").isZero();
	}

	@Test
	void theLetterPageListsItsTaskersWithStatusAssigneeAndDueDate() throws Exception {
		String letter = letter("Visa backlog " + System.nanoTime(), "When will my visa be processed?");
		String forIce = tasker(letter, "ICE");
		String forPlcy = created(mvc.perform(post("/api/correspondence/taskers").with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"correspondenceId":"%s","subject":"Policy view on the backlog","businessDays":5,
						 "assignees":[{"component":"PLCY","username":"plcy-expert"}]}""".formatted(letter)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());

		String office = html(mvc, get("/correspondence/{id}", letter).with(OfficeUsers.ESEC_CLERK.token()), 200);
		assertThat(office).contains("<h2 id=\"taskers\">Taskers</h2>")
			.contains("href=\"/correspondence/taskers/" + forIce + "\"").contains("Answer the letter")
			.contains("href=\"/correspondence/taskers/" + forPlcy + "\"").contains("plcy-expert (PLCY)")
			.contains(">Assigned<").doesNotContain(">ASSIGNED<").contains("<time datetime=");

		// ICE's action officer reads the letter through its tasker, and sees only that tasker on it.
		String ice = html(mvc, get("/correspondence/{id}", letter).with(OfficeUsers.ICE_ACTION.token()), 200);
		assertThat(ice).contains("href=\"/correspondence/taskers/" + forIce + "\"")
			.doesNotContain("/correspondence/taskers/" + forPlcy);
	}

	@Test
	void anUnknownComponentOfficeOrPersonIsRefusedNamingTheField() throws Exception {
		String subject = "Refused " + System.nanoTime();
		refused("""
				[{"component":"XYZ"}]""", subject, "assignees[0].component", "There is no component XYZ");
		refused("""
				[{"component":"ICE"},{"component":"ICE","office":"Office of Nothing"}]""", subject,
				"assignees[1].office", "ICE has no office named");
		refused("""
				[{"component":"PLCY","username":"nobody-here"}]""", subject, "assignees[0].username",
				"There is no user nobody-here");
		refused("""
				[{"component":"CBP","username":"ice-action"}]""", subject, "assignees[0].username",
				"ice-action does not belong to CBP but to ICE");
		refused("""
				[{"component":"ICE","username":"ice-liaison"}]""", subject, "assignees[0].username",
				"holds no role that answers taskers");
		directory.unreachable(true);
		refused("""
				[{"component":"PLCY","username":"plcy-expert"}]""", subject, "assignees[0].username",
				"cannot be reached");
		directory.unreachable(false);

		// On the page: the message next to the field, and nothing created.
		String form = html(mvc, post("/correspondence/taskers").with(OfficeUsers.ESEC_CLERK.token()).with(csrf())
				.param("subject", subject).param("businessDays", "3").param("assignees", "XYZ"), 422);
		assertThat(form).contains("There is no component XYZ in the Department");
		assertThat(count("select count(*) from correspondence.tasker where subject = ?", subject)).isZero();

		// An office is stored as the reference data spells it.
		mvc.perform(post("/api/correspondence/taskers").with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"subject":"Known office","businessDays":3,
						 "assignees":[{"component":"ice","office":"office of policy"}]}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.assignments[0].office").value("Office of Policy"));
	}

	@Test
	void aRoutingTemplatesNamedExpertIsCheckedAgainWhenItIsAppliedAndRefusedWhileTheDirectoryCannotBeAsked()
			throws Exception {
		String template = created(mvc.perform(post("/api/correspondence/routing-templates")
				.with(OfficeUsers.ESEC_CLERK.token()).contentType(MediaType.APPLICATION_JSON).content("""
						{"name":"Policy expert %d","steps":[{"mode":"PARALLEL","assignees":[{"component":"ICE"},
						 {"component":"PLCY","username":"plcy-expert"}]}]}""".formatted(System.nanoTime())))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		String tasker = created(mvc.perform(post("/api/correspondence/taskers").with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"subject":"By template","businessDays":5}"""))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());

		directory.unreachable(true);
		mvc.perform(post("/api/correspondence/taskers/{id}/assign", tasker).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("{\"templateId\":\"" + template + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("templateId"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("cannot be reached")));
		assertThat(statusOf(tasker)).isEqualTo("DRAFT");
		directory.unreachable(false);

		// On the page, with the template chosen.
		mvc.perform(post("/correspondence/taskers/{id}/assign", tasker).with(OfficeUsers.ESEC_CLERK.token()).with(csrf())
				.param("templateId", template))
			.andExpect(flash().attribute("notice", "The routing template was applied."));
		assertThat(statusOf(tasker)).isEqualTo("ASSIGNED");
	}

	@Test
	void cancellingOnThePageNeedsConfirmation() throws Exception {
		String tasker = tasker(null, "CBP");
		mvc.perform(post("/correspondence/taskers/{id}/cancel", tasker).with(OfficeUsers.ESEC_CLERK.token()).with(csrf())
				.param("text", "Sent by mistake"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/correspondence/taskers/" + tasker + "/cancel?text=Sent+by+mistake"));
		assertThat(statusOf(tasker)).as("nothing cancelled without confirmation").isEqualTo("ASSIGNED");

		String confirm = html(mvc, get("/correspondence/taskers/{id}/cancel", tasker).param("text", "Sent by mistake")
				.with(OfficeUsers.ESEC_CLERK.token()), 200);
		assertThat(confirm).contains("Cancel this tasker?").contains("Yes, cancel the tasker").contains("No, keep it")
			.contains("name=\"confirm\" value=\"yes\"").contains("value=\"Sent by mistake\"");
		mvc.perform(get("/correspondence/taskers/{id}/cancel", tasker).with(OfficeUsers.CBP_ACTION.token()))
			.andExpect(status().isForbidden());

		mvc.perform(post("/correspondence/taskers/{id}/cancel", tasker).with(OfficeUsers.ESEC_CLERK.token()).with(csrf())
				.param("text", "Sent by mistake").param("confirm", "yes"))
			.andExpect(redirectedUrl("/correspondence/taskers/" + tasker))
			.andExpect(flash().attribute("notice", "The tasker was cancelled."));
		assertThat(statusOf(tasker)).isEqualTo("CANCELLED");
	}

	@Test
	void aDraftTaskerIsAssignedReassignedAndGivenMoreTimeOnItsPage() throws Exception {
		String tasker = created(mvc.perform(post("/api/correspondence/taskers").with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"subject":"Draft from the mailbox","businessDays":5}"""))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		String draft = html(mvc, get("/correspondence/taskers/{id}", tasker).with(OfficeUsers.ESEC_CLERK.token()), 200);
		assertThat(draft).contains("Assign the tasker").contains("Find an assignee").contains("Cancel the tasker");

		mvc.perform(post("/correspondence/taskers/{id}/assign", tasker).with(OfficeUsers.ESEC_CLERK.token()).with(csrf())
				.param("assignees", "XYZ"))
			.andExpect(flash().attribute("formErrors", org.hamcrest.Matchers.hasValue(containsString("no component XYZ"))));
		mvc.perform(post("/correspondence/taskers/{id}/assign", tasker).with(OfficeUsers.ESEC_CLERK.token()).with(csrf())
				.param("assignees", "ICE"))
			.andExpect(flash().attribute("notice", "The tasker was assigned."));
		assertThat(statusOf(tasker)).isEqualTo("ASSIGNED");

		String ice = assignment(tasker, 0);
		mvc.perform(post("/correspondence/taskers/{id}/assignments/{a}/reassign", tasker, ice)
				.with(OfficeUsers.ESEC_CLERK.token()).with(csrf()).param("assignee", "CBP/Office of Field Operations")
				.param("reason", "CBP holds the port data"))
			.andExpect(flash().attribute("notice", "The assignment was reassigned."));
		String cbp = JsonPath.read(read(tasker), "$.assignments[1].id");
		assertThat((String) JsonPath.read(read(tasker), "$.assignments[1].office")).isEqualTo("Office of Field Operations");

		String page = html(mvc, get("/correspondence/taskers/{id}", tasker).with(OfficeUsers.CBP_ACTION.token()), 200);
		assertThat(page).contains("Ask for more time");
		mvc.perform(post("/correspondence/taskers/{id}/assignments/{a}/extension", tasker, cbp)
				.with(OfficeUsers.CBP_ACTION.token()).with(csrf())
				.param("dueDate", java.time.LocalDate.now().plusMonths(2).toString()).param("reason", "Data call"))
			.andExpect(flash().attribute("notice", "Your request for more time was sent to the assigning office."));
		assertThat(html(mvc, get("/correspondence/taskers/{id}", tasker).with(OfficeUsers.ESEC_CLERK.token()), 200))
			.contains("Approve the new due date");
		mvc.perform(post("/correspondence/taskers/{id}/assignments/{a}/extension/decision", tasker, cbp)
				.with(OfficeUsers.ESEC_CLERK.token()).with(csrf()).param("approve", "true"))
			.andExpect(flash().attribute("notice", "The extension was approved."));
		assertThat((String) JsonPath.read(read(tasker), "$.assignments[1].extensionStatus")).isEqualTo("APPROVED");

		// The assigning office gives more time on its own; a date not later than the current one is refused.
		mvc.perform(post("/correspondence/taskers/{id}/assignments/{a}/due-date", tasker, cbp)
				.with(OfficeUsers.ESEC_CLERK.token()).with(csrf()).param("dueDate", "2020-01-01").param("reason", "x"))
			.andExpect(flash().attribute("formErrors", org.hamcrest.Matchers.hasValue(
					containsString("after the current one"))));
		String later = java.time.LocalDate.now().plusMonths(4).toString();
		mvc.perform(post("/correspondence/taskers/{id}/assignments/{a}/due-date", tasker, cbp)
				.with(OfficeUsers.ESEC_CLERK.token()).with(csrf()).param("dueDate", later)
				.param("reason", "The data call was extended"))
			.andExpect(flash().attribute("notice", "The due date was extended."));
		assertThat(java.time.Instant.parse(JsonPath.read(read(tasker), "$.assignments[1].dueAt"))
			.atZone(java.time.ZoneId.of("America/New_York")).toLocalDate()).hasToString(later);
		mvc.perform(post("/correspondence/taskers/{id}/assignments/{a}/due-date", tasker, cbp)
				.with(OfficeUsers.CBP_ACTION.token()).with(csrf()).param("dueDate", later).param("reason", "Mine"))
			.andExpect(status().isForbidden());
	}

	@Test
	void assigneesAreOfferedAsYouTypeToTheExecutiveSecretariatOnly() throws Exception {
		String options = html(mvc, get("/correspondence/taskers/assignee-options").param("assigneeSearch", "plcy")
				.with(OfficeUsers.ESEC_CLERK.token()), 200);
		assertThat(options).contains("value=\"PLCY\"").contains("value=\"plcy-expert@PLCY\"")
			.contains("value=\"PLCY/Office of Immigration Policy\"");
		String offices = html(mvc, get("/correspondence/taskers/assignee-options").param("assigneeSearch", "field op")
				.with(OfficeUsers.ESEC_CLERK.token()), 200);
		assertThat(offices).contains("value=\"CBP/Office of Field Operations\"");
		directory.unreachable(true);
		assertThat(html(mvc, get("/correspondence/taskers/assignee-options").param("assigneeSearch", "plcy")
				.with(OfficeUsers.ESEC_CLERK.token()), 200)).contains("value=\"PLCY\"").doesNotContain("plcy-expert")
			.contains("cannot be reached");
		directory.unreachable(false);
		mvc.perform(get("/correspondence/taskers/assignee-options").param("assigneeSearch", "plcy")
				.with(OfficeUsers.ICE_ACTION.token()))
			.andExpect(status().isForbidden());
	}

	private void refused(String assignees, String subject, String field, String message) throws Exception {
		mvc.perform(post("/api/correspondence/taskers").with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"subject":"%s","businessDays":3,"assignees":%s}""".formatted(subject, assignees)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message").value(containsString(message)));
	}

	private String letter(String subject, String body) throws Exception {
		MockMultipartFile json = new MockMultipartFile("correspondence", "", MediaType.APPLICATION_JSON_VALUE, """
				{"channel":"POSTAL_MAIL","sourceType":"CONGRESS","subject":"%s","body":"%s",
				 "firstName":"Lee","lastName":"Park","email":"lee.park@example.org"}""".formatted(subject, body)
			.getBytes());
		MockMultipartFile file = new MockMultipartFile("files", "notes.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				org.casekeep.kernel.testing.Documents.docx("Notes on the port."));
		return JsonPath.read(mvc.perform(multipart("/api/correspondence/intake").file(json).file(file)
				.with(OfficeUsers.ESEC_CLERK.token())).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
	}

	private String tasker(@org.jspecify.annotations.Nullable String letter, String component) throws Exception {
		return created(mvc.perform(post("/api/correspondence/taskers").with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{%s"subject":"Answer the letter","instructions":"Draft a reply","businessDays":5,
						 "assignees":[{"component":"%s"}]}""".formatted(
						letter == null ? "" : "\"correspondenceId\":\"" + letter + "\",", component)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	private static String created(String body) {
		return JsonPath.read(body, "$.id");
	}

	private String read(String tasker) throws Exception {
		return mvc.perform(get("/api/correspondence/taskers/{id}", tasker).with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private String statusOf(String tasker) throws Exception {
		return JsonPath.read(read(tasker), "$.status");
	}

	private String assignment(String tasker, int index) throws Exception {
		return JsonPath.read(read(tasker), "$.assignments[" + index + "].id");
	}

	private static int audited(String letter, String actor) throws Exception {
		return count("select count(*) from kernel.audit_entry where record_type = 'correspondence.correspondence' "
				+ "and action = 'READ' and record_id = ? and actor = ?", letter, actor);
	}

	private static int count(String sql, String... params) throws Exception {
		try (Connection db = TestDatabase.superuser(); PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				statement.setString(i + 1, params[i]);
			}
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getInt(1);
			}
		}
	}
}
