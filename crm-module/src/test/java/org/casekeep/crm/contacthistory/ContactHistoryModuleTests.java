package org.casekeep.crm.contacthistory;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.correspondence.events.CorrespondenceReceived;
import org.casekeep.crm.individuals.IndividualDirectory;
import org.casekeep.crm.individuals.IndividualDraft;
import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.testing.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Correspondence becomes contact history (CRM PIA 1.1): the CRM's reaction to the correspondence module's
 * {@link CorrespondenceReceived}, delivered at least once, saying no more than the letter's office may: that
 * correspondence was received, by which component, on which day.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class ContactHistoryModuleTests {

	static final Actor OWNER = new Actor("ice-liaison", "ICE", Set.of("crm_user", "crm_contact_viewer"));

	/** A CRM user of another component, who may not see the individual's email (CRM PIA 4.1). */
	static final Actor ANALYST = new Actor("pso-analyst", "PSO", Set.of("crm_user"));

	@Autowired
	MockMvc mvc;

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
		// A day after the individual was created, so that the retention clock visibly moves to it.
		LocalDate receivedOn = LocalDate.now(ZoneOffset.UTC).plusDays(1);
		Instant day = receivedOn.atStartOfDay(ZoneOffset.UTC).toInstant();
		CorrespondenceReceived event = received(email.toLowerCase(java.util.Locale.ROOT), receivedOn);

		scenario.publish(event)
			.andWaitForStateChange(() -> interactionsOf(id), found -> !found.isEmpty())
			.andVerify(found -> {
				assertThat(found).singleElement().satisfies(interaction -> {
					assertThat(interaction.getMode()).isEqualTo(InteractionMode.CORRESPONDENCE);
					assertThat(interaction.getOccurredAt()).isEqualTo(day);
					assertThat(interaction.getDhsComponent()).isEqualTo("ESEC");
					assertThat(interaction.getDhsUsername()).isEqualTo("system");
					assertThat(interaction.getOutcome()).isNull();
					assertThat(interaction.getSourceReference()).isNull();
					assertThat(interaction.getSourceEventId()).isEqualTo(event.correspondenceId());
				});
				assertThat(Actors.callAs(OWNER, () -> directory.get(id)).lastContactedAt()).isEqualTo(day);
				assertThat(retention.destroyAfter(Stakeholder.INDIVIDUAL, id.toString()))
					.contains(day.atZone(ZoneOffset.UTC).plusYears(1).toInstant());
			});
	}

	@Test
	void aCrmUserWhoMayNotSeeTheEmailSeesOnlyThatCorrespondenceWasReceivedOnThatDay(Scenario scenario)
			throws Exception {
		String email = "masked." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		UUID id = create("Masked", email);
		CorrespondenceReceived event = received(email, LocalDate.of(2026, 11, 20));

		scenario.publish(event).andWaitForStateChange(() -> interactionsOf(id), found -> !found.isEmpty());

		// CRM PIA 1.1: date, mode and component; nothing that names the letter or leads to it (correspondence PIA 3.3).
		String api = mvc.perform(get("/api/crm/individuals/{id}/interactions", id).with(SignedIn.as(ANALYST)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].mode").value("CORRESPONDENCE"))
			.andExpect(jsonPath("$[0].occurredAt").value("2026-11-20T00:00:00Z"))
			.andExpect(jsonPath("$[0].dhsComponent").value("ESEC"))
			.andExpect(jsonPath("$[0].outcome").value(nullValue()))
			.andExpect(jsonPath("$[0].sourceReference").value(nullValue()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(api).doesNotContain(event.correspondenceId().toString()).doesNotContain("CORR-")
			.doesNotContain(email);
		String page = mvc.perform(get("/crm/individuals/{id}", id).with(SignedIn.as(ANALYST)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Correspondence received").contains("Nov 20, 2026")
			.doesNotContain(event.correspondenceId().toString()).doesNotContain("CORR-").doesNotContain("received by")
			.doesNotContain(email);
	}

	@Test
	void theSameEventDeliveredTwiceRecordsOneInteraction(Scenario scenario) {
		String email = "twice." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		UUID id = create("Twice", email);
		CorrespondenceReceived event = received(email, LocalDate.now(ZoneOffset.UTC));

		scenario.publish(event)
			.andWaitForStateChange(() -> interactionsOf(id), found -> !found.isEmpty());
		scenario.publish(event)
			.andWaitForStateChange(() -> handled(event), handled -> handled)
			.andVerify(handled -> assertThat(interactionsOf(id)).hasSize(1));
	}

	@Test
	void correspondenceFromAnUnknownSenderRecordsNothing(Scenario scenario) {
		long before = interactions.count();
		CorrespondenceReceived event = received("nobody." + UUID.randomUUID() + "@example.org", LocalDate.now(ZoneOffset.UTC));

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

	private static CorrespondenceReceived received(String senderEmail, LocalDate receivedOn) {
		return new CorrespondenceReceived(UUID.randomUUID(), "ESEC", senderEmail, receivedOn);
	}

	private UUID create(String lastName, String email) {
		return Actors.callAs(OWNER, () -> directory.create(new IndividualDraft(null, "Module", lastName, null, null,
				null, null, null, email, null, List.of("ONE_DHS"), List.of(), null, null)).id());
	}
}
