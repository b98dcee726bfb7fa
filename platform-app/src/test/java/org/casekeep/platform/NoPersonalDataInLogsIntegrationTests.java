package org.casekeep.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import org.casekeep.platform.web.RulesOfBehavior;
import org.casekeep.testing.Database;
import org.casekeep.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No personal data reaches the application log on the paths where errors happen (ASVS 16.2.5, NIST AU-3(3)): text
 * with a control character is refused where it enters, naming its field; a database error is logged without the
 * values of its row; a failing event listener is logged without the event's contents. Each test seeds personal data
 * of its own and searches the whole captured log for it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class NoPersonalDataInLogsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.casekeep.kernel.delivery.EventRedelivery redelivery;

	@Test
	void aNulInAJsonFieldIsRefusedAs400NamingTheFieldAndNothingIsStored(CapturedOutput log) throws Exception {
		String lastName = unique("Nulford");
		mvc.perform(post("/api/crm/individuals").with(DemoUsers.PSO_OWNER.token()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"firstName":"Ne\\u0000la","lastName":"%s","email":"nela.%s@example.org"}""".formatted(lastName, lastName)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("firstName"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Ne"))));
		assertThat(count("select count(*) from crm.individual where last_name = '" + lastName + "'")).isZero();
		assertThat(log.getAll()).doesNotContain(lastName);
	}

	@Test
	void aControlCharacterInAFormFieldOrAQueryParameterIsRefusedAs400NamingIt(CapturedOutput log) throws Exception {
		String lastName = unique("Bellson");
		String page = mvc.perform(post("/crm/individuals").with(DemoUsers.PSO_OWNER.token()).with(csrf())
				.sessionAttr(RulesOfBehavior.SESSION_ATTRIBUTE, Instant.now())
				.param("firstName", "Bell\u0007a").param("lastName", lastName))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Cannot read what was sent").contains("&#39;firstName&#39;").doesNotContain(lastName);
		assertThat(count("select count(*) from crm.individual where last_name = '" + lastName + "'")).isZero();

		mvc.perform(get("/api/crm/individuals").param("name", "Bell\u0000a").with(DemoUsers.PSO_OWNER.token()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		assertThat(log.getAll()).doesNotContain(lastName);
	}

	@Test
	void aDatabaseErrorIsLoggedWithoutTheValuesOfItsRow(CapturedOutput log) throws Exception {
		String email = "refuse.me." + System.nanoTime() + "@example.org";
		String lastName = unique("Constraintly");
		// A constraint the application cannot know of, so that the database itself refuses the row.
		superuser("alter table crm.individual add constraint logs_test_refuse check (email not like 'refuse.me.%')");
		try {
			mvc.perform(post("/api/crm/individuals").with(DemoUsers.PSO_OWNER.token())
					.contentType(MediaType.APPLICATION_JSON).content("""
							{"firstName":"Rita","lastName":"%s","email":"%s","cellPhone":"(915) 555-0177"}"""
						.formatted(lastName, email)))
				.andExpect(status().isConflict());
		}
		finally {
			superuser("alter table crm.individual drop constraint logs_test_refuse");
		}
		assertThat(log.getAll()).as("the refusal is logged").contains("logs_test_refuse")
			.doesNotContain(email).doesNotContain(lastName).doesNotContain("555-0177").doesNotContain("5550177");
	}

	@Test
	void aFailingEventListenerIsLoggedWithoutTheEventsPersonalData(CapturedOutput log) throws Exception {
		String email = "listener." + System.nanoTime() + "@example.org";
		mvc.perform(post("/api/crm/individuals").with(DemoUsers.PSO_OWNER.token()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"firstName\":\"Lina\",\"lastName\":\"Listenerova\",\"email\":\"" + email + "\"}"))
			.andExpect(status().isCreated());
		superuser("revoke insert on crm.interaction from casekeep_app");
		try {
			mvc.perform(multipart("/api/correspondence/intake").param("channel", "EMAIL").param("sourceType", "PUBLIC")
					.param("subject", "A question").param("email", email).with(DemoUsers.ESEC_CLERK.token()))
				.andExpect(status().isCreated());
			// The CRM's listener records the letter in the individual's contact history and fails to.
			await().atMost(Duration.ofSeconds(15)).until(() -> count("select count(*) from public.event_publication "
					+ "where listener_id = 'crm.on-correspondence-received' and completion_date is null "
					+ "and serialized_event like '%" + email + "%' and completion_attempts > 0") == 1);
			// Its retry is what the operators see in the log.
			assertThat(redelivery.redeliver(Instant.now().plus(Duration.ofHours(2)))).isPositive();
		}
		finally {
			superuser("grant insert on crm.interaction to casekeep_app");
			superuser("delete from public.event_publication where serialized_event like '%" + email + "%'");
		}
		assertThat(log.getAll()).as("the failure is logged").contains("Resubmitting event publication")
			.contains("crm.on-correspondence-received").doesNotContain(email);
	}

	/** A last name no other test uses: letters only, as names must be. */
	private static String unique(String prefix) {
		StringBuilder name = new StringBuilder(prefix);
		for (char digit : Long.toString(System.nanoTime()).toCharArray()) {
			name.append((char) ('a' + (digit - '0')));
		}
		return name.toString();
	}

	private static void superuser(String sql) throws Exception {
		try (Connection db = Database.superuser(); Statement statement = db.createStatement()) {
			statement.execute(sql);
		}
	}

	private static long count(String sql) throws Exception {
		try (Connection db = Database.superuser(); ResultSet rs = db.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
