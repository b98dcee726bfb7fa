package org.casekeep.privacy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.retention.RetentionPeriodEnded;
import org.casekeep.testing.Database;
import org.casekeep.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The kernel's one retention dispatcher against the real database: publications of {@link RetentionPeriodEnded}
 * stored for the module listeners that existed before it still end in one destruction, certified once, by the
 * system actor.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RetentionDispatchIntegrationTests {

	static final List<String> OLD_LISTENERS = List.of("crm.on-retention-period-ended",
			"correspondence.on-retention-period-ended", "correspondence.tasker-on-retention-period-ended",
			"correspondence.quarantine-on-retention-period-ended");

	@Autowired
	MockMvc mvc;

	@Autowired
	EventSerializer serializer;

	@Autowired
	IncompleteEventPublications incomplete;

	@Test
	void publicationsStoredForTheOldModuleListenersEndInOneCertifiedDestructionByTheSystem() throws Exception {
		String id = createIndividual();
		String event = serializer.serialize(new RetentionPeriodEnded("crm.individual", id, "CRM_REFERENCE",
				Instant.now(), Instant.now())).toString();
		try (Connection db = Database.superuser()) {
			// As a failure left them: the event was waiting for every module's listener.
			for (String listener : OLD_LISTENERS) {
				insertPublication(db, listener, event);
			}
			runMigration(db);
			assertThat(listenersWaitingFor(db, event)).containsExactly("kernel.on-retention-period-ended");
		}

		incomplete.resubmitIncompletePublications(publication -> true);

		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			try (Connection db = Database.superuser()) {
				assertThat(count(db, "select count(*) from crm.individual where id = '" + id + "'")).isZero();
				assertThat(count(db, "select count(*) from kernel.destruction_log where record_id = '" + id + "'"))
					.as("certified once").isEqualTo(1);
				assertThat(listenersWaitingFor(db, event)).as("the publication completed").isEmpty();
			}
		});
		try (Connection db = Database.superuser(); ResultSet rs = db.createStatement().executeQuery(
				"select actor from kernel.audit_entry where action = 'DESTROY' and record_id = '" + id + "'")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString(1)).isEqualTo("system");
			assertThat(rs.next()).as("one destruction entry").isFalse();
		}
	}

	@Test
	void theMigrationLeavesPublicationsOfOtherEventsAndCompletedOnesAlone() throws Exception {
		String other = "{\"unrelated\":\"" + UUID.randomUUID() + "\"}";
		try (Connection db = Database.superuser()) {
			try (PreparedStatement insert = db.prepareStatement("""
					insert into public.event_publication (id, listener_id, event_type, serialized_event,
					    publication_date, status, completion_attempts)
					values (?, 'crm.on-correspondence-received', 'org.casekeep.correspondence.events.CorrespondenceReceived',
					        ?, now(), 'FAILED', 1)""")) {
				insert.setObject(1, UUID.randomUUID());
				insert.setString(2, other);
				insert.executeUpdate();
			}
			runMigration(db);
			assertThat(listenersWaitingFor(db, other)).containsExactly("crm.on-correspondence-received");
			db.createStatement().execute("delete from public.event_publication where serialized_event = '" + other + "'");
		}
	}

	private static void insertPublication(Connection db, String listener, String event) throws Exception {
		try (PreparedStatement insert = db.prepareStatement("""
				insert into public.event_publication (id, listener_id, event_type, serialized_event, publication_date,
				    status, completion_attempts)
				values (?, ?, 'org.casekeep.kernel.retention.RetentionPeriodEnded', ?, ?, 'FAILED', 1)""")) {
			insert.setObject(1, UUID.randomUUID());
			insert.setString(2, listener);
			insert.setString(3, event);
			insert.setTimestamp(4, Timestamp.from(Instant.now()));
			insert.executeUpdate();
		}
	}

	/** Runs the kernel's changeset again, as it ran at start-up on a database holding old publications. */
	private static void runMigration(Connection db) throws Exception {
		String sql = new ClassPathResource("db/changelog/kernel/004-retention-dispatch.sql")
			.getContentAsString(StandardCharsets.UTF_8)
			.lines().filter(line -> !line.startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
		try (Statement statement = db.createStatement()) {
			for (String part : sql.split(";")) {
				if (!part.isBlank()) {
					statement.execute(part);
				}
			}
		}
	}

	private static List<String> listenersWaitingFor(Connection db, String event) throws Exception {
		List<String> listeners = new ArrayList<>();
		try (PreparedStatement query = db.prepareStatement("select listener_id from public.event_publication "
				+ "where serialized_event = ? and completion_date is null order by listener_id")) {
			query.setString(1, event);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					listeners.add(rs.getString(1));
				}
			}
		}
		return listeners;
	}

	private static long count(Connection db, String sql) throws Exception {
		try (ResultSet rs = db.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private String createIndividual() throws Exception {
		String body = mvc.perform(post("/api/crm/individuals").with(DemoUsers.PSO_OWNER.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"firstName\":\"Retained\",\"lastName\":\"Subject\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}
}
