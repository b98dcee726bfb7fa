package org.casekeep.crm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

import org.casekeep.crm.individuals.BenchmarkSupport;
import org.casekeep.crm.individuals.IndividualDirectory;
import org.casekeep.crm.individuals.IndividualDraft;
import org.casekeep.kernel.access.AccessRule;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditChainVerifier;
import org.casekeep.kernel.audit.AuditCheckpoint;
import org.casekeep.kernel.audit.AuditCheckpoints;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.audit.ChainVerification;
import org.casekeep.kernel.pii.PersonalDataCatalog;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.values.AddressDraft;
import org.casekeep.privacy.ScheduledCheckpoints;
import org.casekeep.testing.Database;
import org.casekeep.testing.DemoUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures of the foundation issue, printed by {@code bin/bench} (never part of the default test run). Each prints
 * one line starting with {@code BENCHMARK}.
 */
@Tag("benchmark")
@SpringBootTest
class KernelBenchmarks {

	static final int CHAIN_ENTRIES = Integer.getInteger("bench.audit.entries", 1_000_000);
	static final int READS = Integer.getInteger("bench.reads", 3_000);
	/** A busy minute: 1,000 audited actions a second. */
	static final int ENTRIES_PER_MINUTE = Integer.getInteger("bench.checkpoint.entries", 60_000);
	static final int CHECKPOINT_MINUTES = Integer.getInteger("bench.checkpoint.minutes", 5);

	@Autowired AuditChainVerifier verifier;
	@Autowired IndividualDirectory directory;
	@Autowired PersonalDataCatalog catalog;
	@Autowired List<AccessRule> rules;
	@Autowired RetentionRegistry retention;
	@Autowired ApplicationEventPublisher events;
	@Autowired TransactionTemplate transactions;
	@Autowired org.springframework.context.ApplicationContext context;
	@Autowired AuditCheckpoints checkpoints;
	@Autowired AuditTrail audit;
	@Autowired LockProvider locks;

	@org.junit.jupiter.api.BeforeAll
	static void sayWhatTheFiguresAreMeasuredOn() throws Exception {
		System.out.println("BENCHMARK database: " + Database.settings());
	}

	@Test
	void auditChainVerificationOverAMillionEntries() throws Exception {
		try (Connection db = Database.superuser(); Statement statement = db.createStatement()) {
			var rs = statement.executeQuery("select count(*) from kernel.audit_entry");
			rs.next();
			long missing = CHAIN_ENTRIES - rs.getLong(1);
			if (missing > 0) {
				long started = System.nanoTime();
				// One statement builds the chain with the same canonical form as kernel.append_audit (a
				// recursive query: each entry's hash covers the previous one); a million single appends in one
				// transaction would only measure PostgreSQL rewriting the chain head row a million times.
				statement.execute("""
						insert into kernel.audit_entry (chain, seq, occurred_at, actor, actor_component, action, record_type,
						    record_id, record_component, fields, purpose, details, prev_hash, hash)
						with recursive head as (select last_seq, last_hash from kernel.audit_chain_head where chain = 'main'),
						     at as (select now() as ts, (extract(epoch from now()) * 1000000)::bigint as micros),
						     c(seq, prev, hash) as (
						       select h.last_seq + 1, h.last_hash, sha256(h.last_hash || convert_to(concat_ws(chr(31), 'main',
						              (h.last_seq + 1)::text, at.micros::text, 'bench-user', 'ICE', 'READ', 'crm.individual',
						              (h.last_seq + 1)::text, 'ICE', 'firstName,lastName', 'DHS outreach', chr(9216)), 'UTF8'))
						       from head h, at
						       union all
						       select c.seq + 1, c.hash, sha256(c.hash || convert_to(concat_ws(chr(31), 'main', (c.seq + 1)::text,
						              at.micros::text, 'bench-user', 'ICE', 'READ', 'crm.individual', (c.seq + 1)::text, 'ICE',
						              'firstName,lastName', 'DHS outreach', chr(9216)), 'UTF8'))
						       from c, at, head where c.seq < head.last_seq + %d)
						select 'main', c.seq, at.ts, 'bench-user', 'ICE', 'READ', 'crm.individual', c.seq::text, 'ICE',
						       'firstName,lastName', 'DHS outreach', null, c.prev, c.hash
						from c, at""".formatted(missing));
				statement.execute("""
						update kernel.audit_chain_head h set last_seq = e.seq, last_hash = e.hash
						from (select seq, hash from kernel.audit_entry where chain = 'main' order by seq desc limit 1) e
						where h.chain = 'main'""");
				System.out.printf("BENCHMARK audit chain: generated %,d chained entries in %.1f s%n",
						missing, (System.nanoTime() - started) / 1e9);
			}
		}
		verifier.verify(); // warm-up
		ChainVerification result = verifier.verify();
		System.out.printf("BENCHMARK audit chain verification: %,d entries in %.2f s = %,.0f entries/s (target >= 100,000/s), intact=%s%n",
				result.entriesChecked(), result.took().toNanos() / 1e9, result.entriesPerSecond(), result.intact());
		assertThat(result.intact()).isTrue();
		assertThat(result.entriesChecked()).isGreaterThanOrEqualTo(CHAIN_ENTRIES);
	}

	@Test
	void auditedReadOfOneIndividualAgainstTheSameReadWithAuditingOff() {
		UUID id = Actors.callAs(DemoUsers.ICE_LIAISON.actor(), () -> directory.create(new IndividualDraft("Ms.", "Bench",
				"Mark", "Director", null, "Bench Org", "(202) 555-0100", "(202) 555-0101", "bench@example.org",
				new AddressDraft("1 Main St", null, "Austin", "TX", "78701"), List.of("IMMIGRATION"), List.of(),
				"notes", null)).id());
		IndividualDirectory unaudited = BenchmarkSupport.unauditedDirectory(context);

		long[] audited = new long[READS];
		long[] plain = new long[READS];
		Actors.runAs(DemoUsers.PSO_ANALYST.actor(), () -> {
			for (int warm = 0; warm < 500; warm++) {
				directory.get(id);
				unaudited.get(id);
			}
			for (int i = 0; i < READS; i++) {
				// Interleaved, so both sides see the same machine.
				long t0 = System.nanoTime();
				directory.get(id);
				long t1 = System.nanoTime();
				unaudited.get(id);
				long t2 = System.nanoTime();
				audited[i] = t1 - t0;
				plain[i] = t2 - t1;
			}
		});
		double auditedMedian = median(audited) / 1e3;
		double plainMedian = median(plain) / 1e3;
		System.out.printf("BENCHMARK audited read of one individual (service call): median %.0f µs audited vs %.0f µs with auditing off = %.2fx (target <= 1.5x), %d reads each%n",
				auditedMedian, plainMedian, auditedMedian / plainMedian, READS);
		assertThat(auditedMedian).isPositive();
	}

	@Test
	void checkpointingAMinuteOfAudit() throws Exception {
		SimpleLock noScheduledRun = ScheduledCheckpoints.pause(locks, Duration.ofMinutes(30));
		try {
			// What is there already (the million entries above, when they ran first) is covered once, up front.
			long adoptionStarted = System.nanoTime();
			checkpoints.write();
			double adoptionSeconds = (System.nanoTime() - adoptionStarted) / 1e9;
			long existing = checkpoints.latest().stream().filter(c -> c.chain().equals("main"))
				.mapToLong(AuditCheckpoint::entryCount).sum();

			long[] busy = new long[CHECKPOINT_MINUTES];
			for (int minute = 0; minute < CHECKPOINT_MINUTES; minute++) {
				appendAMinuteOfAudit(minute);
				long started = System.nanoTime();
				List<AuditCheckpoint> written = checkpoints.write();
				busy[minute] = System.nanoTime() - started;
				assertThat(written).extracting(AuditCheckpoint::chain).contains("main");
			}
			long[] idle = new long[CHECKPOINT_MINUTES];
			for (int minute = 0; minute < CHECKPOINT_MINUTES; minute++) {
				long started = System.nanoTime();
				checkpoints.write();
				idle[minute] = System.nanoTime() - started;
			}

			Path file = checkpoints.directory().resolve("main.checkpoints");
			double bytesPerCheckpoint = (double) Files.size(file) / Files.readAllLines(file).size();
			System.out.printf("BENCHMARK audit checkpoint per minute of audit: a minute of %,d entries (%,d/s) checkpointed in median %.0f ms (max %.0f ms) = %.2f%% of the minute; a minute with nothing appended %.1f ms; %.0f bytes a checkpoint, %.0f MB a year per chain; the first checkpoint over %,d existing entries took %.1f s. Database on the test settings (fsync off), checkpoint file synced to disk%n",
					ENTRIES_PER_MINUTE, ENTRIES_PER_MINUTE / 60, median(busy) / 1e6, max(busy) / 1e6,
					100 * median(busy) / 60e9, median(idle) / 1e6, bytesPerCheckpoint,
					bytesPerCheckpoint * 365 * 24 * 60 / 1e6, existing, adoptionSeconds);
			assertThat(verifier.verify().intact()).isTrue();
		}
		finally {
			noScheduledRun.unlock();
		}
	}

	/** Appends a minute's entries through the application's own path, a batch of 500 per transaction. */
	private void appendAMinuteOfAudit(int minute) {
		int batch = 500;
		for (int from = 0; from < ENTRIES_PER_MINUTE; from += batch) {
			List<AuditEvent> events = new java.util.ArrayList<>(batch);
			for (int i = from; i < Math.min(from + batch, ENTRIES_PER_MINUTE); i++) {
				events.add(new AuditEvent(AuditAction.READ, "crm.individual", minute + "-" + i, "ICE",
						List.of("firstName", "lastName"), "DHS outreach", null));
			}
			transactions.executeWithoutResult(status -> Actors.runAs(DemoUsers.ICE_LIAISON.actor(),
					() -> audit.recordAll(events)));
		}
	}

	private static double max(long[] values) {
		return Arrays.stream(values).max().orElse(0);
	}

	private static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
