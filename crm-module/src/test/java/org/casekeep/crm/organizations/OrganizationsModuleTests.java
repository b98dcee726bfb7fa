package org.casekeep.crm.organizations;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.crm.stakeholder.Issue;
import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.retention.RetentionPeriodEnded;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.values.AddressDraft;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CRM module on its own (with the shared kernel): organizations are kept under the CRM's schedule (PIA 3.2) and
 * destroyed when the kernel says their time is up, like individuals.
 */
@ApplicationModuleTest
class OrganizationsModuleTests {

	static final Actor OWNER = new Actor("ice-liaison", "ICE", Set.of("crm_user"));

	@Autowired
	OrganizationDirectory directory;

	@Autowired
	Organizations organizations;

	@Autowired
	RetentionRegistry retention;

	@Autowired
	EventPublicationRegistry publications;

	@Test
	void aNewOrganizationIsTrackedForDeletionOneYearAfterCreation() {
		UUID id = create("Tracked Council");
		Instant created = organizations.findById(id).orElseThrow().getCreatedAt();

		assertThat(retention.destroyAfter(Stakeholder.ORGANIZATION, id.toString()))
			.contains(created.atZone(ZoneOffset.UTC).plusYears(1).toInstant());
	}

	@Test
	void theEndOfARetentionPeriodDestroysTheOrganizationAndConfirmsToTheKernel(Scenario scenario) {
		UUID id = create("Expired Council");
		scenario.publish(new RetentionPeriodEnded(Stakeholder.ORGANIZATION, id.toString(), Stakeholder.RETENTION,
				Instant.now(), Instant.now()))
			.andWaitForStateChange(() -> organizations.existsById(id), exists -> !exists)
			.andVerify(exists -> assertThat(retention.destroyAfter(Stakeholder.ORGANIZATION, id.toString())).isEmpty());
	}

	@Test
	void theEndOfAnotherRecordTypesPeriodLeavesOrganizationsAlone(Scenario scenario) {
		UUID id = create("Unrelated Council");
		// The same id under another record type: the kernel hands it to that type's destroyer, not to organizations'.
		RetentionPeriodEnded other = new RetentionPeriodEnded(Stakeholder.INDIVIDUAL, id.toString(), Stakeholder.RETENTION,
				Instant.now(), Instant.now());
		scenario.publish(other)
			.andWaitForStateChange(() -> handled(other), done -> done)
			.andVerify(done -> assertThat(organizations.existsById(id)).isTrue());
	}

	/** Whether the listener finished with the event (completed publications are deleted in these tests). */
	private boolean handled(RetentionPeriodEnded event) {
		return publications.findIncompletePublications().stream()
			.noneMatch(publication -> publication.getEvent().equals(event));
	}

	private UUID create(String name) {
		return Actors.callAs(OWNER, () -> directory.create(new OrganizationDraft(name,
				new AddressDraft("100 Congress Ave", null, "Austin", "TX", "78701"), "(512) 555-0100",
				List.of(Issue.SECURE_BORDERS), List.of(), null)).id());
	}
}
