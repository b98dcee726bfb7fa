package org.casekeep.crm;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.AccessRule;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.audit.AuditChainVerifier;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.audit.ChainVerification;
import org.casekeep.kernel.pii.PersonalDataCatalog;
import org.casekeep.kernel.pii.PersonalDataGuard;
import org.casekeep.kernel.retention.RetentionRegistry;
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

	@Autowired AuditChainVerifier verifier;
	@Autowired IndividualDirectory directory;
	@Autowired Individuals individuals;
	@Autowired PersonalDataCatalog catalog;
	@Autowired List<AccessRule> rules;
	@Autowired RetentionRegistry retention;
	@Autowired NotesReview notesReview;
	@Autowired ApplicationEventPublisher events;
	@Autowired TransactionTemplate transactions;

	@Test
	void auditChainVerificationOverAMillionEntries() throws Exception {
		try (Connection db = Database.superuser(); Statement statement = db.createStatement()) {
			var rs = statement.executeQuery("select count(*) from kernel.audit_entry");
			rs.next();
			long missing = CHAIN_ENTRIES - rs.getLong(1);
			if (missing > 0) {
				long started = System.nanoTime();
				statement.execute("""
						select kernel.append_audit('main', now(), 'bench-user', 'ICE', 'READ', 'crm.individual',
						       g::text, 'ICE', 'firstName,lastName,workPhone', 'DHS outreach', null)
						from generate_series(1, %d) g""".formatted(missing));
				System.out.printf("BENCHMARK audit chain: wrote %,d entries through kernel.append_audit in %.1f s%n",
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
				"1 Main St", null, "Austin", "TX", "78701", List.of(Issue.IMMIGRATION), List.of(), "notes", null)).id());
		AuditTrail off = new AuditTrail() {
			@Override
			public void record(AuditEvent event) {
			}

			@Override
			public void recordIndependently(AuditEvent event) {
			}
		};
		IndividualDirectory unaudited = new IndividualDirectory(individuals, new AccessPolicy(rules, off),
				new PersonalDataGuard(catalog, off), off, retention, notesReview, events);

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
		System.out.printf("BENCHMARK audited read of one individual: median %.0f µs audited vs %.0f µs with auditing off = %.2fx (target <= 1.5x), %d reads each%n",
				auditedMedian, plainMedian, auditedMedian / plainMedian, READS);
		assertThat(auditedMedian).isPositive();
	}

	private static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
