package org.casekeep.crm.contacthistory;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import org.casekeep.correspondence.events.CorrespondenceReceived;
import org.casekeep.kernel.testing.ScratchDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The changeset that makes contact history recorded from letters before it say no more than new entries do
 * (CRM PIA 1.1; correspondence PIA 3.3, 8.3): "Correspondence received", the component and the day, nothing that
 * names the letter. Run on a database of its own holding rows written the old way.
 */
class CorrespondenceContactsMigrationTests {

	static final String BEFORE = "classpath:db/changelog/migration/crm-before-correspondence-contacts.yaml";
	static final String AFTER = "classpath:db/changelog/migration/crm-correspondence-contacts.yaml";

	@RegisterExtension
	final ScratchDatabase db = ScratchDatabase.migratedTo("crm_contacts_migration", BEFORE);

	@Test
	void anInteractionFromALetterLosesItsReferenceChannelAndTimeOfDayAndTheLastContactMovesToThatDay()
			throws Exception {
		String dana = individual("2026-11-20 15:42:07.123456+00");
		String letter = interaction(dana, "CORRESPONDENCE", "2026-11-20 15:42:07.123456+00",
				"Correspondence CORR-2026-000123 received by EMAIL", "CORR-2026-000123", UUID.randomUUID());

		db.migrate(AFTER);

		assertThat(db.row("select mode, dhs_component, outcome, source_reference, occurred_at = '2026-11-20 00:00+00'"
				+ " from crm.interaction where id = '" + letter + "'"))
			.containsExactly("CORRESPONDENCE", "ESEC", null, null, "t");
		assertThat(db.row("select last_contacted_at = '2026-11-20 00:00+00' from crm.individual where id = '" + dana
				+ "'")).containsExactly("t");
	}

	@Test
	void whatUsersRecordedThemselvesAndALaterContactStayAsTheyWere() throws Exception {
		String lee = individual("2026-11-21 09:15:00+00");
		String letter = interaction(lee, "CORRESPONDENCE", "2026-11-20 15:42:07+00",
				"Correspondence CORR-2026-000124 received by FAX", "CORR-2026-000124", UUID.randomUUID());
		String typed = interaction(lee, "PHONE", "2026-11-21 09:15:00+00", "Promised to send the agenda",
				"CORR-2026-000777", null);

		db.migrate(AFTER);

		assertThat(db.row("select outcome, source_reference from crm.interaction where id = '" + letter + "'"))
			.containsExactly(null, null);
		assertThat(db.row("select outcome, source_reference, occurred_at = '2026-11-21 09:15:00+00'"
				+ " from crm.interaction where id = '" + typed + "'"))
			.containsExactly("Promised to send the agenda", "CORR-2026-000777", "t");
		assertThat(db.row("select last_contacted_at = '2026-11-21 09:15:00+00' from crm.individual where id = '"
				+ lee + "'")).containsExactly("t");
	}

	@Test
	void aLetterStillWaitingForDeliveryIsRewrittenToWhatTheEventNowCarriesAndStillReadsAsIt() throws Exception {
		UUID correspondenceId = UUID.randomUUID();
		String publication = UUID.randomUUID().toString();
		db.execute("""
				insert into public.event_publication (id, listener_id, event_type, serialized_event, publication_date,
				    status, completion_attempts)
				values ('%s', 'crm.on-correspondence-received', 'org.casekeep.correspondence.events.CorrespondenceReceived',
				        '{"correspondenceId":"%s","referenceNumber":"CORR-2026-000125","channel":"EMAIL",\
				"owningComponent":"ICE","senderEmail":"dana@example.org","senderOrganization":"Harbor Alliance",\
				"receivedAt":"2026-11-20T23:59:59.5Z","occurredAt":"2026-11-21T00:00:01Z"}',
				        now(), 'FAILED', 1)""".formatted(publication, correspondenceId));

		db.migrate(AFTER);

		String stored = db.row("select serialized_event from public.event_publication where id = '" + publication
				+ "'").get(0);
		assertThat(stored).doesNotContain("CORR-2026-000125").doesNotContain("EMAIL").doesNotContain("Harbor")
			.doesNotContain("23:59");
		assertThat(JsonMapper.builder().build().readValue(stored, CorrespondenceReceived.class))
			.isEqualTo(new CorrespondenceReceived(correspondenceId, "ICE", "dana@example.org",
					LocalDate.of(2026, 11, 20)));
	}

	private String individual(String lastContactedAt) throws SQLException {
		String id = UUID.randomUUID().toString();
		db.execute("""
				insert into crm.individual (id, first_name, last_name, email, owning_component, owner_username,
				    last_contacted_at, created_at, updated_at, version)
				values ('%s', 'Dana', 'Whitfield', 'dana@example.org', 'ICE', 'ice-liaison', '%s', now(), now(), 0)"""
			.formatted(id, lastContactedAt));
		return id;
	}

	private String interaction(String individual, String mode, String occurredAt, String outcome,
			String sourceReference, UUID sourceEventId) throws SQLException {
		String id = UUID.randomUUID().toString();
		db.execute("""
				insert into crm.interaction (id, individual_id, occurred_at, mode, dhs_component, dhs_username, outcome,
				    source_reference, source_event_id, created_at)
				values ('%s', '%s', '%s', '%s', '%s', '%s', %s, %s, %s, now())"""
			.formatted(id, individual, occurredAt, mode, sourceEventId == null ? "PSO" : "ESEC",
					sourceEventId == null ? "pso-analyst" : "system", ScratchDatabase.literal(outcome),
					ScratchDatabase.literal(sourceReference),
					sourceEventId == null ? "null" : "'" + sourceEventId + "'"));
		return id;
	}
}
