package org.casekeep.crm.engagements;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.crm.individuals.IndividualDirectory;
import org.casekeep.crm.individuals.IndividualDraft;
import org.casekeep.detention.events.StakeholderEngagementHeld;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ombudsman's engagements become CRM events (CRM PIA 1.1, item 3): the CRM's reaction to
 * {@link StakeholderEngagementHeld}, delivered at least once, owned by the component that held it, its participants
 * matched by email and their attendance recorded in their contact history.
 */
@ApplicationModuleTest
class EngagementIntakeModuleTests {

	static final Actor OWNER = new Actor("ice-liaison", "ICE", Set.of("crm_user", "crm_contact_viewer"));

	@Autowired
	IndividualDirectory individuals;

	@Autowired
	EventPublicationRegistry publications;

	@Test
	void anEngagementDeliveredTwiceBecomesOneEventWithOneInteractionPerMatchedAttendee(Scenario scenario) {
		String email = "oido." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		UUID attendee = Actors.callAs(OWNER, () -> individuals.create(new IndividualDraft(null, "Olga", "Intake", null,
				null, null, null, null, email, null, List.of("IMMIGRATION"), List.of(), null, null)).id());
		LocalDate heldOn = LocalDate.now(ZoneOffset.UTC).minusDays(1);
		StakeholderEngagementHeld event = new StakeholderEngagementHeld(UUID.randomUUID(), "Facility advocates meeting",
				heldOn, "OIDO", List.of(email.toUpperCase(java.util.Locale.ROOT), "nobody@example.org"),
				List.of("IMMIGRATION", "DETENTION_STANDARDS"));

		scenario.publish(event).andWaitForStateChange(() -> handled(event), handled -> handled);
		scenario.publish(event).andWaitForStateChange(() -> handled(event), handled -> handled)
			.andVerify(handled -> {
				// One event, owned by the component that held it, the unknown issue name and address left out.
				assertThat(count("select count(*) from crm.engagement where source_event_id = '"
						+ event.engagementId() + "' and owning_component = 'OIDO' and owner_username = 'system'"
						+ " and name = 'Facility advocates meeting' and held_on = '" + heldOn + "'"
						+ " and issues = '{IMMIGRATION}'")).isEqualTo(1);
				assertThat(count("select count(*) from crm.engagement_individual a join crm.engagement e"
						+ " on e.id = a.engagement_id where e.source_event_id = '" + event.engagementId() + "'"
						+ " and a.individual_id = '" + attendee + "'")).isEqualTo(1);
				assertThat(interactions(attendee)).isEqualTo("EVENT OIDO " + heldOn + ";");
			});
	}

	/** Whether the listener finished with the event (completed publications are deleted in these tests). */
	private boolean handled(StakeholderEngagementHeld event) {
		return publications.findIncompletePublications().stream()
			.noneMatch(publication -> publication.getEvent().equals(event));
	}

	private static long count(String sql) {
		try {
			return TestDatabase.count(sql);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String interactions(UUID individualId) {
		try (var db = TestDatabase.superuser(); var rs = db.createStatement().executeQuery("""
				select mode, dhs_component, (occurred_at at time zone 'UTC')::date as day from crm.interaction
				where individual_id = '%s' order by occurred_at""".formatted(individualId))) {
			StringBuilder found = new StringBuilder();
			while (rs.next()) {
				found.append(rs.getString("mode")).append(' ').append(rs.getString("dhs_component")).append(' ')
					.append(rs.getString("day")).append(';');
			}
			return found.toString();
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
