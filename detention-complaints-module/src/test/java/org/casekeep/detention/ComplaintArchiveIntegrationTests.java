package org.casekeep.detention;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipFile;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.PrivacyRoles;
import org.casekeep.kernel.notify.Notifier;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.retention.RetentionSchedule.Anchor;
import org.casekeep.kernel.retention.RetentionSchedule.Kind;
import org.casekeep.kernel.retention.RetentionSweeper;
import org.casekeep.kernel.retention.approval.ApprovedSchedule;
import org.casekeep.kernel.retention.approval.ScheduleApprovals;
import org.casekeep.kernel.retention.archive.ArchivePackages;
import org.casekeep.kernel.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * PIA 5.1-5.2 against the embedded PostgreSQL: once a records officer enters the schedule NARA approved for OIDO's
 * records, a complaint past it is archived (the complaint as received with its correction and detention history, and
 * its supporting document as uploaded, each with its digest in the manifest) and only then removed, with a certificate
 * naming the package and its SHA-256.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class ComplaintArchiveIntegrationTests {

	static final Actor RECORDS_OFFICER = new Actor("records-officer", "PRIV", Set.of(PrivacyRoles.RECORDS_OFFICER));

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

	@DynamicPropertySource
	static void archiveDirectory(DynamicPropertyRegistry properties) {
		properties.add("casekeep.retention.archive-directory", () -> archives.toString());
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ScheduleApprovals approvals;

	@Autowired
	RetentionRegistry registry;

	@Autowired
	RetentionSweeper sweeper;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notifier notifier;

	@BeforeEach
	void oidoAnalystHasSignedIn() {
		notifier.remember(OidoUsers.ANALYST.actor(), null);
	}

	/** The module's other tests find OIDO's records unscheduled, as the PIA has them today. */
	@AfterEach
	void unscheduledAgain() throws Exception {
		try (Connection db = TestDatabase.superuser(); Statement statement = db.createStatement()) {
			statement.execute("""
					update kernel.retention_schedule set kind = 'UNSCHEDULED', anchor = null, period = null,
					    authority = 'Unscheduled (Detention Ombudsman PIA)', archive_before_removal = false,
					    approved_on = null, entered_by = null, entered_at = null,
					    disposition = 'Kept until a schedule is approved, then archived and removed automatically.'
					where code = 'OIDO_UNSCHEDULED'""");
			statement.execute("update kernel.retention_record set destroy_after = null where schedule_code = 'OIDO_UNSCHEDULED'");
		}
	}

	@Test
	void aComplaintPastTheEnteredScheduleIsArchivedWithItsDocumentAndThenRemovedWithACertificateNamingThePackage()
			throws Exception {
		String id = ComplaintRequests.file(mvc, ComplaintRequests.full("Archived Person", "A915000001", "1980-01-01",
				"Denied medical care"));
		byte[] form = "Intake form of the paper complaint".getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/api/detention/complaints/{id}/documents", id)
				.file(new MockMultipartFile("file", "form.txt", "text/plain", form))
				.param("kind", "SCANNED_FORM").with(OidoUsers.INTAKE.token()))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/detention/complaints/{id}/corrections", id).with(OidoUsers.ANALYST.token())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"version":%d,"field":"dateOfBirth","correctedValue":"1980-01-10","reason":"Typed wrong"}"""
					.formatted(ComplaintRequests.version(mvc, id))))
			.andExpect(status().isOk());
		// Received long ago: the complaint alone is past the schedule entered below.
		jdbc.sql("update kernel.retention_record set created_at = '1990-01-02T00:00:00Z' where record_id = ?")
			.param(id).update();
		assertThat(registry.destroyAfter("detention.complaint", id)).as("PIA 5.1: unscheduled, nothing due").isEmpty();

		long version = registry.schedule("OIDO_UNSCHEDULED").version();
		Actors.runAs(RECORDS_OFFICER, () -> approvals.enter("OIDO_UNSCHEDULED", new ApprovedSchedule(
				"DAA-0563-2027-0004", Kind.AFTER_ANCHOR, Anchor.CREATED, Period.ofYears(30),
				LocalDate.now(ZoneOffset.UTC), true, null), version));
		assertThat(registry.destroyAfter("detention.complaint", id)).contains(Instant.parse("2020-01-02T00:00:00Z"));

		sweeper.sweep(Instant.now());
		waitUntil(() -> count("select count(*) from detention.complaint where id = ?::uuid", id) == 0);
		assertThat(count("select count(*) from detention.complaint_document where complaint_id = ?::uuid", id))
			.as("its documents go with it").isZero();

		Map<String, Object> certificate = jdbc.sql("""
				select archive_file, archive_sha256 from kernel.destruction_log
				where record_type = 'detention.complaint' and record_id = ?""").param(id).query().singleRow();
		Path file = archives.resolve((String) certificate.get("archive_file"));
		assertThat(file).exists();
		assertThat(certificate.get("archive_sha256")).isEqualTo(ArchivePackages.sha256(file));
		try (ZipFile zip = new ZipFile(file.toFile())) {
			String complaint = read(zip, "complaint.json");
			assertThat(complaint).contains("\"detaineeName\":\"Archived Person\"", "\"dateOfBirth\":\"1980-01-01\"",
					"\"correctedValue\":\"1980-01-10\"", "Otero County Processing Center", "Denied medical care");
			assertThat(read(zip, "documents/1-form.txt")).isEqualTo("Intake form of the paper complaint");
			assertThat(read(zip, "documents/index.json")).contains("\"kind\":\"SCANNED_FORM\"", "\"fileName\":\"form.txt\"");
			String manifest = read(zip, "manifest.json");
			assertThat(manifest).contains("\"recordType\":\"detention.complaint\"", "\"recordId\":\"" + id + "\"",
					"\"code\":\"OIDO_UNSCHEDULED\"", "\"authority\":\"DAA-0563-2027-0004\"", ArchivePackages.sha256(form));
		}
		assertThat(TestDatabase.single("""
				select details from kernel.audit_entry where record_type = 'detention.complaint' and record_id = ?
				and action = 'EXPORT'""", id)).as("the archive is audited as an export").isEqualTo(file.getFileName().toString());
	}

	private long count(String sql, String id) {
		return jdbc.sql(sql).param(id).query(Long.class).single();
	}

	private static String read(ZipFile zip, String name) throws IOException {
		assertThat(zip.getEntry(name)).as(name).isNotNull();
		try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as("waited for the archive and the destroyer").isBefore(until);
			Thread.sleep(100);
		}
	}
}
