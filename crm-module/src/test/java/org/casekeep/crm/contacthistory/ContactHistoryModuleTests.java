package org.casekeep.crm.contacthistory;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.correspondence.events.CorrespondenceReceived;
import org.casekeep.crm.individuals.IndividualDirectory;
import org.casekeep.crm.individuals.IndividualDraft;
import org.casekeep.crm.stakeholder.Issue;
import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Correspondence becomes contact history (CRM PIA 1.1): the CRM's reaction to the correspondence module's
 * {@link CorrespondenceReceived}, delivered at least once.
 */
@ApplicationModuleTest
class ContactHistoryModuleTests {

	static final Actor OWNER = new Actor("ice-liaison", "ICE", Set.of("crm_user", "crm_contact_viewer"));

	@Autowired
	IndividualDirectory directory;

	@Autowired
	Interactions interactions;

	@Autowired
	RetentionRegistry retention;

	@Autowired
	EventPublicationRegistry publications;

	@Test
	void correspondenceFromAKnownEmailBecomesAnInteractionAndRestartsTheRetentionClock(Scenario scenario) {
		String email = "Dana." + UUID.randomUUID().toString().substring(0, 8) + "@Example.org";
		UUID id = create("Known", email);
		Instant receivedAt = Instant.now().plus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MICROS);
		CorrespondenceReceived event = received(email.toLowerCase(java.util.Locale.ROOT), receivedAt);

		scenario.publish(event)
			.andWaitForStateChange(() -> interactionsOf(id), found -> !found.isEmpty())
			.andVerify(found -> {
				assertThat(found).singleElement().satisfies(interaction -> {
					assertThat(interaction.getMode()).isEqualTo(InteractionMode.CORRESPONDENCE);
					assertThat(interaction.getOccurredAt()).isEqualTo(receivedAt);
					assertThat(interaction.getDhsComponent()).isEqualTo("ESEC");
					assertThat(interaction.getDhsUsername()).isEqualTo("system");
					assertThat(interaction.getOutcome()).isEqualTo("Correspondence " + event.referenceNumber() + " received by EMAIL");
					assertThat(interaction.getSourceEventId()).isEqualTo(event.correspondenceId());
				});
				assertThat(Actors.callAs(OWNER, () -> directory.get(id)).lastContactedAt()).isEqualTo(receivedAt);
				assertThat(retention.destroyAfter(Stakeholder.INDIVIDUAL, id.toString()))
					.contains(receivedAt.atZone(ZoneOffset.UTC).plusYears(1).toInstant());
			});
	}

	@Test
	void theSameEventDeliveredTwiceRecordsOneInteraction(Scenario scenario) {
		String email = "twice." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		UUID id = create("Twice", email);
		CorrespondenceReceived event = received(email, Instant.now().truncatedTo(ChronoUnit.MICROS));

		scenario.publish(event)
			.andWaitForStateChange(() -> interactionsOf(id), found -> !found.isEmpty());
		scenario.publish(event)
			.andWaitForStateChange(() -> handled(event), handled -> handled)
			.andVerify(handled -> assertThat(interactionsOf(id)).hasSize(1));
	}

	@Test
	void correspondenceFromAnUnknownSenderRecordsNothing(Scenario scenario) {
		long before = interactions.count();
		CorrespondenceReceived event = received("nobody." + UUID.randomUUID() + "@example.org", Instant.now());

		scenario.publish(event)
			.andWaitForStateChange(() -> handled(event), handled -> handled)
			.andVerify(handled -> assertThat(interactions.count()).isEqualTo(before));
	}

	private List<Interaction> interactionsOf(UUID individualId) {
		return interactions.findByIndividualIdOrderByOccurredAtDescCreatedAtDesc(individualId);
	}

	/** Whether the listener finished with the event (completed publications are deleted in these tests). */
	private boolean handled(CorrespondenceReceived event) {
		return publications.findIncompletePublications().stream()
			.noneMatch(publication -> publication.getEvent().equals(event));
	}

	private static CorrespondenceReceived received(String senderEmail, Instant receivedAt) {
		return new CorrespondenceReceived(UUID.randomUUID(), "CORR-2026-" + (100000 + new java.util.Random().nextInt(900000)),
				"EMAIL", "ESEC", senderEmail, null, receivedAt, Instant.now());
	}

	private UUID create(String lastName, String email) {
		return Actors.callAs(OWNER, () -> directory.create(new IndividualDraft(null, "Module", lastName, null, null,
				null, null, null, email, null, List.of(Issue.ONE_DHS), List.of(), null, null)).id());
	}
}
