package org.casekeep.crm.organizations;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.crm.contacthistory.ContactHistory;
import org.casekeep.crm.contacthistory.InteractionDraft;
import org.casekeep.crm.individuals.IndividualDirectory;
import org.casekeep.crm.individuals.IndividualDraft;
import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.retention.RetentionPeriodEnded;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.retention.RetentionSweeper;
import org.casekeep.kernel.values.AddressDraft;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CRM module on its own (with the shared kernel): organizations are kept under the CRM's schedule (PIA 3.2: deleted
 * when not contacted within one year, counted from the last contact with any of their individuals) and destroyed when
 * the kernel says their time is up, like individuals.
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

	@Autowired
	IndividualDirectory individuals;

	@Autowired
	ContactHistory contactHistory;

	@Autowired
	OrganizationRetention organizationRetention;

	@Autowired
	RetentionSweeper sweeper;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

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

	@Test
	void contactWithOneOfItsIndividualsRestartsTheOrganizationsClockAndIsAudited() {
		UUID id = create("Contacted Council");
		createdDaysAgo(id, 400);
		UUID person = individualOf(id);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);

		UUID interaction = Actors.callAs(OWNER, () -> contactHistory.record(person,
				new InteractionDraft("PHONE", today.toString(), null, null)).id());

		Instant day = today.atStartOfDay(ZoneOffset.UTC).toInstant();
		assertThat(organizations.findById(id).orElseThrow().getLastContactedAt()).isEqualTo(day);
		assertThat(retention.destroyAfter(Stakeholder.ORGANIZATION, id.toString()))
			.contains(day.atZone(ZoneOffset.UTC).plusYears(1).toInstant());
		assertThat(jdbc.sql("""
				select fields || ' / ' || details from kernel.audit_entry
				where action = 'UPDATE' and record_type = 'crm.organization' and record_id = ?""")
			.param(id.toString()).query(String.class).list())
			.containsExactly("lastContactedAt / interaction " + interaction);
	}

	@Test
	void theSweeperDeletesAnOrganizationNotContactedForAYearAndKeepsOneContactedSince(Scenario scenario) {
		UUID forgotten = create("Forgotten Council");
		createdDaysAgo(forgotten, 400);
		UUID engaged = create("Engaged Council");
		createdDaysAgo(engaged, 400);
		UUID person = individualOf(engaged);
		Actors.runAs(OWNER, () -> contactHistory.record(person, new InteractionDraft("MEETING",
				LocalDate.now(ZoneOffset.UTC).minusDays(30).toString(), null, null)));

		scenario.stimulate(() -> sweeper.sweep(Instant.now()))
			.andWaitForStateChange(() -> organizations.existsById(forgotten), exists -> !exists)
			.andVerify(exists -> {
				assertThat(organizations.existsById(engaged)).isTrue();
				assertThat(retention.destroyAfter(Stakeholder.ORGANIZATION, engaged.toString())).hasValueSatisfying(
						due -> assertThat(due).isAfter(Instant.now().plus(Duration.ofDays(330))));
			});
	}

	/** Moves the organization's creation into the past and tracks it again, as if it had been kept that long. */
	private void createdDaysAgo(UUID id, int days) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("update crm.organization set created_at = created_at - make_interval(days => ?) where id = ?")
				.params(days, id).update();
			organizationRetention.track(organizations.findById(id).orElseThrow());
		});
	}

	/** An individual who works for the organization. */
	private UUID individualOf(UUID organizationId) {
		return Actors.callAs(OWNER, () -> individuals.create(new IndividualDraft(null, "Org", "Member", null,
				organizationId, "Council", null, null, null, null, List.of("ONE_DHS"), List.of(), null, null)).id());
	}

	/** Whether the listener finished with the event (completed publications are deleted in these tests). */
	private boolean handled(RetentionPeriodEnded event) {
		return publications.findIncompletePublications().stream()
			.noneMatch(publication -> publication.getEvent().equals(event));
	}

	private UUID create(String name) {
		return Actors.callAs(OWNER, () -> directory.create(new OrganizationDraft(name,
				new AddressDraft("100 Congress Ave", null, "Austin", "TX", "78701"), "(512) 555-0100",
				List.of("SECURE_BORDERS"), List.of(), null)).id());
	}
}
