package org.casekeep.correspondence.taskers;

import java.sql.Connection;
import java.sql.ResultSet;

import org.casekeep.correspondence.OfficeUsers;
import org.casekeep.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casekeep.kernel.testing.PageTesting.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Taking a letter in and assigning it from the one intake page (Correspondence PIA overview, "Receipt &amp;
 * Assignment"): the tasker carries the letter's subject and answers it; an assignee that does not exist is refused
 * before anything is stored; a letter with SPII is assigned once its findings are redacted, all with one choice.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class IntakeAndAssignPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aLetterTakenInWithAnAssigneeOpensItsAssignedTaskerWhichCarriesTheLettersSubject() throws Exception {
		String subject = "Flood grant delay " + System.nanoTime();
		String tasker = mvc.perform(intake(subject, "When will the grant be paid?").param("assignAssignees", "ICE"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(tasker).matches("/correspondence/taskers/[0-9a-f-]{36}");

		String page = html(mvc, get(tasker).with(OfficeUsers.ESEC_CLERK.token()), 200);
		assertThat(page).contains(subject).contains(">Assigned<").doesNotContain(">ASSIGNED<");
		assertThat(linkedLetterSubject(tasker.substring(tasker.lastIndexOf('/') + 1))).isEqualTo(subject);
	}

	@Test
	void anUnknownAssigneeIsRefusedNextToTheFieldAndNothingIsStored() throws Exception {
		String subject = "Refused assignee " + System.nanoTime();
		String page = html(mvc, intake(subject, "Please advise.").param("assignAssignees", "XYZ"), 422);
		assertThat(page).containsPattern("id=\"assignAssignees-error\"[^>]*>[^<]*XYZ");
		assertThat(TestDatabase.count("select count(*) from correspondence.correspondence where subject = '" + subject
				+ "'")).isZero();
	}

	@Test
	void aLetterWithSpiiIsAssignedOnceEveryFindingIsRedactedWithOneChoice() throws Exception {
		String subject = "Benefit letter " + System.nanoTime();
		MockHttpSession session = new MockHttpSession();
		String review = mvc.perform(intake(subject, "My SSN is 123-45-6789 and my A-Number A123456789.")
				.param("assignAssignees", "ICE").session(session))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(review).matches("/correspondence/intake/[0-9a-f-]{36}/review");
		String reviewPage = html(mvc, get(review).with(OfficeUsers.ESEC_CLERK.token()).session(session), 200);
		assertThat(reviewPage).contains("Redact all and assign");
		String version = reviewPage.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");

		String tasker = mvc.perform(post(review).with(OfficeUsers.ESEC_CLERK.token()).with(csrf()).session(session)
				.param("version", version).param("redactAll", "true"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(tasker).matches("/correspondence/taskers/[0-9a-f-]{36}");
		String letterId = review.split("/")[3];
		assertThat(TestDatabase.count("select count(*) from correspondence.correspondence where id = '" + letterId
				+ "' and body not like '%6789%' and body not like '%123456789%'")).as("both redacted").isOne();
	}

	private static MockMultipartHttpServletRequestBuilder intake(String subject, String body) {
		return multipart("/correspondence/intake").with(OfficeUsers.ESEC_CLERK.token()).with(csrf())
			.param("channel", "EMAIL").param("sourceType", "PUBLIC").param("subject", subject).param("body", body)
			.param("lastName", "Jones").param("assignBusinessDays", "5");
	}

	private static String linkedLetterSubject(String taskerId) throws Exception {
		try (Connection db = TestDatabase.superuser(); ResultSet rs = db.createStatement().executeQuery(
				"select c.subject from correspondence.tasker t join correspondence.correspondence c"
						+ " on c.id = t.correspondence_id where t.id = '" + taskerId + "'")) {
			return rs.next() ? rs.getString(1) : "";
		}
	}
}
