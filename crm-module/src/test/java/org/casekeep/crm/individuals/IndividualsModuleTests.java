package org.casekeep.crm.individuals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.crm.events.StakeholderErased;
import org.casekeep.crm.stakeholder.RemovalChannel;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.retention.RetentionPeriodEnded;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CRM module on its own (with the shared kernel): what it publishes about individuals and how it reacts to the
 * kernel's retention events.
 */
@ApplicationModuleTest
class IndividualsModuleTests {

	static final Actor OWNER = new Actor("ice-liaison", "ICE", Set.of("crm_user", "crm_contact_viewer"));

	@Autowired
	IndividualDirectory directory;

	@Autowired
	Individuals individuals;

	@Autowired
	RetentionRegistry retention;

	@Test
	void deletingOnRequestTellsOtherModulesTheStakeholderWasErased(Scenario scenario) {
		UUID id = create("Request");
		scenario.stimulate(() -> Actors.runAs(OWNER, () -> directory.delete(id, RemovalChannel.IN_PERSON)))
			.andWaitForEventOfType(StakeholderErased.class)
			.matching(event -> event.individualId().equals(id))
			.toArriveAndVerify(event -> assertThat(event.reason()).isEqualTo("REQUEST"));
	}

	@Test
	void theEndOfARetentionPeriodDestroysTheStakeholderAndConfirmsToTheKernel(Scenario scenario) {
		UUID id = create("Expired");
		scenario.publish(new RetentionPeriodEnded("crm.individual", id.toString(), "CRM_REFERENCE", Instant.now(), Instant.now()))
			.andWaitForStateChange(() -> individuals.existsById(id), exists -> !exists)
			.andVerify(exists -> assertThat(retention.destroyAfter("crm.individual", id.toString())).isEmpty());
	}

	@Test
	void aNewStakeholderIsTrackedForDeletionOneYearAfterCreationWhenNeverContacted() {
		UUID id = create("Tracked");
		Instant due = retention.destroyAfter("crm.individual", id.toString()).orElseThrow();
		Instant created = individuals.findById(id).orElseThrow().getCreatedAt();
		assertThat(due).isEqualTo(created.atZone(java.time.ZoneOffset.UTC).plusYears(1).toInstant());
	}

	private UUID create(String lastName) {
		return Actors.callAs(OWNER, () -> directory.create(new IndividualDraft(null, "Module", lastName, null, null,
				null, null, null, null, null, List.of("ONE_DHS"), List.of(), null, null)).id());
	}
}
