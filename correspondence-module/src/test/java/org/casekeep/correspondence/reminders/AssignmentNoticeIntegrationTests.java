package org.casekeep.correspondence.reminders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.casekeep.correspondence.OfficeUsers;
import org.casekeep.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An assignee hears of a tasker when it is assigned, not two days before it is due: the component's or the named
 * expert's notice names the tasker and the due date, never the subject (which may name the correspondent), and is
 * seen only by those who may open the tasker.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class AssignmentNoticeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void assigningATaskerToAComponentTellsItAtOnceWithoutTheSubject() throws Exception {
		String subject = "Mr. Castillo asks about his parole " + System.nanoTime();
		String id = JsonPath.read(mvc.perform(post("/api/correspondence/taskers").with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"subject":"%s","businessDays":5,"assignees":[{"component":"ICE"}]}""".formatted(subject)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");

		List<String[]> notices = awaitNotices(id);
		assertThat(notices).singleElement().satisfies(notice -> {
			assertThat(notice[0]).isEqualTo("ICE");
			assertThat(notice[1]).isEqualTo("COMPONENT");
			assertThat(notice[2]).startsWith("New tasker " + id + ", due ");
			assertThat(notice[3]).contains("The ESEC office assigned a tasker to your office (ICE)")
				.contains("Tasker: " + id).doesNotContain("Castillo").doesNotContain("parole");
			assertThat(notice[4]).isEqualTo("/correspondence/taskers/" + id);
		});
	}

	/** The notices of the tasker's assignments, once the listener has run. */
	private static List<String[]> awaitNotices(String taskerId) throws Exception {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (true) {
			List<String[]> found = new ArrayList<>();
			try (Connection db = TestDatabase.superuser(); PreparedStatement query = db.prepareStatement("""
					select recipient, recipient_kind, subject, body, link from kernel.notification
					where dedup_key like ?""")) {
				query.setString(1, "assigned:tasker:" + taskerId + ":%");
				try (ResultSet rs = query.executeQuery()) {
					while (rs.next()) {
						found.add(new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
								rs.getString(5) });
					}
				}
			}
			if (!found.isEmpty() || Instant.now().isAfter(until)) {
				return found;
			}
			Thread.sleep(100);
		}
	}
}
