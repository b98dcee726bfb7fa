package org.casekeep.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.casekeep.kernel.delivery.EventRedelivery;
import org.casekeep.platform.web.RulesOfBehavior;
import org.casekeep.testing.Database;
import org.casekeep.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A delivery that failed is tried again until it completes, never dropped; what keeps failing is shown to the
 * privacy office without its contents.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EventRedeliveryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EventRedelivery redelivery;

	@Test
	void aLetterTheContactHistoryFailedToRecordIsRecordedWhenItsDeliveryIsTriedAgain() throws Exception {
		String email = "redelivered." + System.nanoTime() + "@example.org";
		String body = mvc.perform(post("/api/crm/individuals").with(DemoUsers.PSO_OWNER.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"firstName\":\"Remy\",\"lastName\":\"Redelivered\",\"email\":\"" + email + "\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String individual = com.jayway.jsonpath.JsonPath.read(body, "$.id");
		superuser("revoke insert on crm.interaction from casekeep_app");
		try {
			String reference = com.jayway.jsonpath.JsonPath.read(mvc.perform(multipart("/api/correspondence/intake")
					.param("channel", "EMAIL").param("sourceType", "PUBLIC").param("subject", "A question")
					.param("email", email).with(DemoUsers.ESEC_CLERK.token()))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.referenceNumber");
			await().atMost(Duration.ofSeconds(15)).until(() -> failedDeliveries(email) == 1);
			// What waits to be delivered to the CRM names the sender to match, never the letter.
			assertThat(count("select count(*) from public.event_publication where serialized_event like '%"
					+ reference + "%'")).isZero();
		}
		finally {
			superuser("grant insert on crm.interaction to casekeep_app");
		}
		assertThat(interactions(individual)).as("nothing recorded while it failed").isZero();

		assertThat(redelivery.redeliver(Instant.now()))
			.as("not before its back-off has passed").isZero();
		assertThat(redelivery.redeliver(Instant.now().plus(Duration.ofMinutes(2)))).isEqualTo(1);

		await().atMost(Duration.ofSeconds(15)).until(() -> interactions(individual) == 1);
		await().atMost(Duration.ofSeconds(15)).until(() -> count("select count(*) from public.event_publication "
				+ "where completion_date is null and serialized_event like '%" + email + "%'") == 0);
	}

	@Test
	void whatKeepsFailingIsShownToTheIssoWithoutItsContentsAndToNoCrmUser() throws Exception {
		UUID publication = UUID.randomUUID();
		String secret = "stuck." + System.nanoTime() + "@example.org";
		try (Connection db = Database.superuser(); PreparedStatement insert = db.prepareStatement("""
				insert into public.event_publication (id, listener_id, event_type, serialized_event, publication_date,
				    status, completion_attempts, last_resubmission_date)
				values (?, 'crm.on-correspondence-received', 'org.casekeep.correspondence.events.CorrespondenceReceived',
				        ?, ?, 'FAILED', 5, ?)""")) {
			insert.setObject(1, publication);
			insert.setString(2, "{\"senderEmail\":\"" + secret + "\"}");
			insert.setTimestamp(3, Timestamp.from(Instant.now().minus(Duration.ofHours(3))));
			// Tried a moment ago: not due again, so no background retry touches it during the test.
			insert.setTimestamp(4, Timestamp.from(Instant.now()));
			insert.executeUpdate();
		}
		try {
			mvc.perform(get("/api/privacy/deliveries").with(DemoUsers.ISSO.token()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.publication == '" + publication + "')].attempts").value(5))
				.andExpect(jsonPath("$[?(@.publication == '" + publication + "')].listener")
					.value("crm.on-correspondence-received"));
			String page = mvc.perform(get("/privacy/deliveries").with(DemoUsers.ISSO.token())
					.sessionAttr(RulesOfBehavior.SESSION_ATTRIBUTE, Instant.now()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(page).contains("Undelivered events").contains("crm.on-correspondence-received")
				.contains("correspondence.events.CorrespondenceReceived").doesNotContain(secret);
			mvc.perform(get("/api/privacy/deliveries").with(DemoUsers.PSO_ADMIN.token()))
				.andExpect(status().isForbidden());
		}
		finally {
			superuser("delete from public.event_publication where id = '" + publication + "'");
		}
	}

	private static long failedDeliveries(String email) throws Exception {
		return count("select count(*) from public.event_publication where listener_id = 'crm.on-correspondence-received'"
				+ " and completion_date is null and completion_attempts > 0 and serialized_event like '%" + email + "%'");
	}

	private static long interactions(String individual) throws Exception {
		return count("select count(*) from crm.interaction where individual_id = '" + individual + "'");
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
