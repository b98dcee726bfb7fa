package org.casekeep.kernel.retention;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipFile;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.PrivacyRoles;
import org.casekeep.kernel.inventory.DataInventory;
import org.casekeep.kernel.inventory.InventoryEntry;
import org.casekeep.kernel.pii.FieldDescriptor;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.RecordTypeContributor;
import org.casekeep.kernel.pii.RecordTypeDescriptor;
import org.casekeep.kernel.pii.Sensitivity;
import org.casekeep.kernel.pii.VisibilityScope;
import org.casekeep.kernel.retention.RetentionSchedule.Anchor;
import org.casekeep.kernel.retention.RetentionSchedule.Kind;
import org.casekeep.kernel.retention.approval.ApprovedSchedule;
import org.casekeep.kernel.retention.approval.ScheduleApprovals;
import org.casekeep.kernel.retention.archive.ArchiveFailures;
import org.casekeep.kernel.retention.archive.ArchivePackages;
import org.casekeep.kernel.validation.FieldProblem;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Approved schedules and archive before removal, the kernel on its own against the embedded PostgreSQL (Detention
 * Ombudsman PIA 5.1, 5.2): records kept unscheduled are counted once a records officer (only) enters the approved
 * schedule; under a schedule that archives before removal, a record is destroyed only after its archive package was
 * written and verified, and the certificate names the package's digest; if the archive fails, nothing is destroyed and
 * the records officer sees why.
 */
@SpringBootTest(classes = RetentionScheduleIntegrationTests.KernelAlone.class,
		properties = "spring.liquibase.change-log=classpath:db/changelog/kernel-retention-tests.yaml")
class RetentionScheduleIntegrationTests {

	static final Actor RECORDS_OFFICER = new Actor("records-officer", "PRIV", Set.of(PrivacyRoles.RECORDS_OFFICER));
	static final Actor PRIVACY_OFFICER = new Actor("privacy-officer", "PRIV", Set.of(PrivacyRoles.PRIVACY_OFFICER));

	/** Dossiers are archived (a JSON of the row and its attachment); memos are kept under the same schedule unarchived. */
	static final String DOSSIER = "test.dossier";
	static final String MEMO = "test.memo";
	static final String NOTE = "test.note";

	/** Made before the context starts (a {@code @TempDir} is set only after it); under the build's temporary files. */
	static final Path archives = temporaryDirectory();

	private static Path temporaryDirectory() {
		try {
			return java.nio.file.Files.createTempDirectory("casekeep-archives");
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static final AtomicBoolean ARCHIVER_FAILS = new AtomicBoolean();

	@DynamicPropertySource
	static void archiveDirectory(DynamicPropertyRegistry properties) {
		properties.add("casekeep.retention.archive-directory", () -> archives.toString());
	}

	@Autowired
	ScheduleApprovals approvals;

	@Autowired
	RetentionRegistry registry;

	@Autowired
	RetentionSweeper sweeper;

	@Autowired
	DataInventory inventory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ArchiveFailures archiveFailures;

	@Test
	void enteringTheApprovedScheduleCountsTheRecordsAlreadyTrackedFromTheirOwnDates() {
		Instant first = Instant.parse("2020-03-04T10:00:00Z");
		Instant second = Instant.parse("2023-11-30T08:30:00Z");
		String a = track(NOTE, first);
		String b = track(NOTE, second);
		assertThat(registry.destroyAfter(NOTE, a)).as("unscheduled: nothing is due").isEmpty();
		assertThat(inventoryRule(NOTE)).startsWith(DataInventory.UNSCHEDULED);

		ScheduleApprovals.Entered entered = Actors.callAs(RECORDS_OFFICER, () -> approvals.enter("TEST_RECOUNTED",
				new ApprovedSchedule("daa-0563-2027-0001", Kind.AFTER_ANCHOR, Anchor.CREATED, Period.ofYears(6),
						LocalDate.of(2026, 10, 1), false, null), 0));

		assertThat(entered.recounted()).isEqualTo(2);
		assertThat(registry.destroyAfter(NOTE, a)).contains(Instant.parse("2026-03-04T10:00:00Z"));
		assertThat(registry.destroyAfter(NOTE, b)).contains(Instant.parse("2029-11-30T08:30:00Z"));
		RetentionSchedule schedule = registry.schedule("TEST_RECOUNTED");
		assertThat(schedule.authority()).isEqualTo("DAA-0563-2027-0001");
		assertThat(schedule.version()).isOne();
		assertThat(schedule.approvedOn()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(inventoryRule(NOTE)).as("the inventory shows the schedule once entered")
			.doesNotContain("nothing is destroyed").contains("Approved by NARA on 2026-10-01");
		assertThat(Actors.callAs(RECORDS_OFFICER, () -> approvals.history("TEST_RECOUNTED"))).singleElement()
			.satisfies(change -> {
				assertThat(change.changedBy()).isEqualTo("records-officer");
				assertThat(change.before()).startsWith("Unscheduled");
				assertThat(change.after()).contains("DAA-0563-2027-0001", "P6Y", "CREATED");
			});
		assertThat(jdbc.sql("""
				select count(*) from kernel.audit_entry where record_type = 'kernel.retention-schedule'
				and record_id = 'TEST_RECOUNTED' and action = 'UPDATE' and actor = 'records-officer'""")
			.query(Long.class).single()).isOne();
		String later = track(NOTE, second);
		assertThat(registry.destroyAfter(NOTE, later)).as("a record tracked afterwards counts under it too")
			.contains(Instant.parse("2029-11-30T08:30:00Z"));

		assertThatExceptionOfType(WorkflowConflictException.class)
			.as("an approved schedule is entered once")
			.isThrownBy(() -> Actors.runAs(RECORDS_OFFICER, () -> approvals.enter("TEST_RECOUNTED", approved(true), 1)));
	}

	@Test
	void onlyARecordsOfficerEntersASchedule_andEachPartMissingOrWrongIsNamed_andAStaleVersionIsRefused() {
		for (Actor other : List.of(PRIVACY_OFFICER, new Actor("admin", "OCIO", Set.of(PrivacyRoles.PLATFORM_ADMIN)))) {
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> Actors.runAs(other, () -> approvals.enter("TEST_REFUSED", approved(true), 0)));
		}
		assertThat(jdbc.sql("""
				select count(*) from kernel.audit_entry where record_type = 'kernel.retention-schedule'
				and record_id = 'TEST_REFUSED' and action = 'ACCESS_DENIED' and actor = 'privacy-officer'""")
			.query(Long.class).single()).as("the refusal is audited").isOne();

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> Actors.runAs(RECORDS_OFFICER, () -> approvals.enter("TEST_REFUSED",
					new ApprovedSchedule(" ", Kind.UNSCHEDULED, null, Period.ZERO, LocalDate.now().plusDays(2), null,
							null), 0)))
			.satisfies(ex -> assertThat(ex.problems()).extracting(FieldProblem::field)
				.containsExactly("authority", "kind", "anchor", "period", "approvedOn", "archiveBeforeRemoval"));
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> Actors.runAs(RECORDS_OFFICER, () -> approvals.enter("TEST_REFUSED", approved(true), 7)));
		assertThat(registry.schedule("TEST_REFUSED").unscheduled()).as("nothing was entered").isTrue();
		assertThat(registry.schedule("TEST_REFUSED").version()).isZero();
	}

	@Test
	void underAScheduleThatArchivesARecordIsDestroyedOnlyAfterItsPackageIsWrittenAndVerified_andAFailedArchiveDestroysNothing()
			throws Exception {
		Instant created = Instant.now().minus(Duration.ofDays(800));
		String archived = dossier(DOSSIER, "Dossier archived", "attachment bytes".getBytes(StandardCharsets.UTF_8), created);
		String failing = dossier(DOSSIER, "Dossier whose archive fails", new byte[] { 1, 2, 3 }, created);
		String memo = dossier(MEMO, "Memo without archiver", new byte[] { 4 }, created);
		Actors.runAs(RECORDS_OFFICER, () -> approvals.enter("TEST_ARCHIVED", approved(true), 0));

		// First round: the archiver fails for every dossier; nothing is destroyed, the failure is shown.
		ARCHIVER_FAILS.set(true);
		sweeper.sweep(Instant.now());
		waitUntil(() -> failures().size() == 3);
		assertThat(dossiers()).containsExactlyInAnyOrder(archived, failing, memo);
		assertThat(certificates()).isZero();
		assertThat(packagesWritten()).as("no package, not even a partial one, is left").isEmpty();
		assertThat(Actors.callAs(RECORDS_OFFICER, () -> failuresAsShown()))
			.anySatisfy(reason -> assertThat(reason).contains("No archiver is registered for test.memo"))
			.anySatisfy(reason -> assertThat(reason).contains("The archiver of test.dossier failed"));
		assertThat(registry.destroyAfter(DOSSIER, archived)).as("still tracked").isPresent();

		// Second round, the archiver working: the dossier is archived, then destroyed; the memo is kept.
		ARCHIVER_FAILS.set(false);
		resetNotified();
		sweeper.sweep(Instant.now());
		waitUntil(() -> !dossiers().contains(archived) && !dossiers().contains(failing));
		assertThat(dossiers()).containsExactly(memo);
		Map<String, Object> certificate = jdbc.sql("""
				select archive_file, archive_sha256 from kernel.destruction_log where record_type = ? and record_id = ?""")
			.params(DOSSIER, archived).query().singleRow();
		Path file = archives.resolve((String) certificate.get("archive_file"));
		assertThat(file).exists();
		assertThat(certificate.get("archive_sha256")).isEqualTo(ArchivePackages.sha256(file));
		try (ZipFile zip = new ZipFile(file.toFile())) {
			String manifest = read(zip, "manifest.json");
			assertThat(manifest).contains("\"recordId\":\"" + archived + "\"", "\"code\":\"TEST_ARCHIVED\"",
					"\"recordType\":\"test.dossier\"");
			assertThat(read(zip, "dossier.json")).contains("Dossier archived");
			assertThat(read(zip, "attachments/attachment.bin")).isEqualTo("attachment bytes");
			assertThat(manifest).contains(ArchivePackages.sha256("attachment bytes".getBytes(StandardCharsets.UTF_8)));
		}
		assertThat(failures()).as("the failures of records archived since are resolved").containsExactly(memo);
		Actor chief = new Actor("cpo", "PRIV", Set.of(PrivacyRoles.CHIEF_PRIVACY_OFFICER));
		assertThat(Actors.callAs(chief, () -> registry.destructionLog(DOSSIER, 10)))
			.filteredOn(c -> c.recordId().equals(archived)).singleElement()
			.satisfies(c -> assertThat(c.archiveSha256()).isEqualTo(ArchivePackages.sha256(file)));
	}

	@Test
	void theFailuresAreShownToRecordsOfficersAndPrivacyOfficersOnly() {
		assertThatThrownBy(() -> Actors.runAs(new Actor("clerk", "PRIV", Set.of("crm_user")), () -> failuresAsShown()))
			.isInstanceOf(AccessDeniedException.class);
	}

	private ApprovedSchedule approved(boolean archive) {
		return new ApprovedSchedule("DAA-0563-2027-0002", Kind.AFTER_ANCHOR, Anchor.CREATED, Period.ofYears(1),
				LocalDate.of(2026, 11, 2), archive, null);
	}

	private String track(String type, Instant created) {
		String id = UUID.randomUUID().toString();
		transactions.executeWithoutResult(tx -> registry.track(type, id, RetentionFacts.created(created)));
		return id;
	}

	private String dossier(String type, String title, byte[] attachment, Instant created) {
		String id = UUID.randomUUID().toString();
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("insert into public.test_dossier (id, record_type, title, attachment) values (?::uuid, ?, ?, ?)")
				.params(id, type, title, attachment).update();
			registry.track(type, id, RetentionFacts.created(created));
		});
		return id;
	}

	private String inventoryRule(String type) {
		return inventory.entries().stream().filter(e -> e.recordType().equals(type)).map(InventoryEntry::retentionRule)
			.findFirst().orElseThrow();
	}

	private List<String> dossiers() {
		return jdbc.sql("select id::text from public.test_dossier where record_type in ('test.dossier', 'test.memo')")
			.query(String.class).list();
	}

	private List<String> failures() {
		return jdbc.sql("select record_id from kernel.retention_archive_failure where schedule_code = 'TEST_ARCHIVED'")
			.query(String.class).list();
	}

	private List<String> failuresAsShown() {
		return archiveFailures.list(50).stream().map(ArchiveFailures.ArchiveFailure::reason).toList();
	}

	private long certificates() {
		return jdbc.sql("select count(*) from kernel.destruction_log where schedule_code = 'TEST_ARCHIVED'")
			.query(Long.class).single();
	}

	private List<Path> packagesWritten() throws IOException {
		try (var files = Files.list(archives)) {
			return files.toList();
		}
	}

	/** What the sweeper's next run takes again: the event of a failed archive is redelivered later in production. */
	private void resetNotified() {
		jdbc.sql("update kernel.retention_record set notified_at = null where schedule_code = 'TEST_ARCHIVED'").update();
	}

	private static String read(ZipFile zip, String name) throws IOException {
		try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as("waited for the sweep's listener").isBefore(until);
			Thread.sleep(100);
		}
	}

	/**
	 * The kernel and nothing else, with three record types of its tests: notes (counted anew), dossiers (archived
	 * before removal) and memos (under the same schedule with no archiver). Not a {@code @SpringBootConfiguration}, so
	 * module tests, which get this class in the kernel's test jar, never find it.
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@AutoConfigurationPackage(basePackages = "org.casekeep.kernel")
	@ComponentScan(basePackages = "org.casekeep.kernel", excludeFilters = {
			@ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
			@ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class) })
	static class KernelAlone {

		@Bean
		RecordTypeContributor testRecordTypes() {
			return () -> List.of(type(NOTE, "TEST_RECOUNTED"), type(DOSSIER, "TEST_ARCHIVED"), type(MEMO, "TEST_ARCHIVED"));
		}

		@Bean
		RecordDestroyer noteDestroyer() {
			return RecordDestroyer.of(NOTE, id -> { });
		}

		@Bean
		RecordDestroyer dossierDestroyer(JdbcClient jdbc) {
			return RecordDestroyer.of(DOSSIER, id -> jdbc.sql("delete from public.test_dossier where id = ?").param(id).update());
		}

		@Bean
		RecordDestroyer memoDestroyer(JdbcClient jdbc) {
			return RecordDestroyer.of(MEMO, id -> jdbc.sql("delete from public.test_dossier where id = ?").param(id).update());
		}

		@Bean
		RecordArchiver dossierArchiver(JdbcClient jdbc, JsonMapper json) {
			return new RecordArchiver() {
				@Override
				public String recordType() {
					return DOSSIER;
				}

				@Override
				public List<Entry> archive(String recordId) {
					if (ARCHIVER_FAILS.get()) {
						throw new IllegalStateException("disk full while reading Dossier of Jane Doe");
					}
					return jdbc.sql("select title, attachment from public.test_dossier where id = ?::uuid").param(recordId)
						.query((rs, row) -> List.of(
								new Entry("dossier.json", json.writeValueAsBytes(Map.of("id", recordId, "title",
										rs.getString(1)))),
								new Entry("attachments/attachment.bin", rs.getBytes(2))))
						.optional().orElse(List.of());
				}
			};
		}

		private static RecordTypeDescriptor type(String type, String schedule) {
			return new RecordTypeDescriptor(type, "test", schedule, null, "test basis", "test PIA", Map.of("title",
					FieldDescriptor.declared("title", PiiCategory.NAME, Sensitivity.LOW, Set.of(),
							VisibilityScope.ANY_COMPONENT, true, "")));
		}
	}
}
