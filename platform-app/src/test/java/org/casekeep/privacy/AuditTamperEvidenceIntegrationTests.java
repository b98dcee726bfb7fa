package org.casekeep.privacy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.casekeep.kernel.audit.AuditChainVerifier;
import org.casekeep.kernel.audit.AuditCheckpoint;
import org.casekeep.kernel.audit.AuditCheckpoints;
import org.casekeep.kernel.audit.ChainVerification;
import org.casekeep.kernel.audit.ChainVerification.Finding;
import org.casekeep.kernel.audit.ChainVerification.Kind;
import org.casekeep.platform.web.RulesOfBehavior;
import org.casekeep.testing.Database;
import org.casekeep.testing.DemoUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A database superuser can bypass the append-only trigger and rewrite the hash chain consistently, which the chain
 * alone cannot show; the signed checkpoints, kept where the database cannot write, show it. Each test tampers as that
 * superuser would, with the trigger bypassed, with a chain of its own, after verification answered intact; then it
 * puts everything back, so the shared database verifies again for the other tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTamperEvidenceIntegrationTests {

	@Autowired
	AuditChainVerifier verifier;

	@Autowired
	AuditCheckpoints checkpoints;

	@Autowired
	LockProvider locks;

	@Autowired
	MockMvc mvc;

	private Connection superuser;
	private SimpleLock noScheduledCheckpoints;
	private String chain;
	private byte[] savedCheckpoints;

	@BeforeAll
	void holdTheCheckpointJobsLock() throws Exception {
		superuser = Database.superuser();
		// The scheduled job waits while a test sets its scene, so only the checkpoints a test writes exist.
		noScheduledCheckpoints = ScheduledCheckpoints.pause(locks, Duration.ofMinutes(3));
	}

	@AfterAll
	void releaseTheLock() throws Exception {
		noScheduledCheckpoints.unlock();
		superuser.close();
	}

	@BeforeEach
	void aChainOfItsOwn() throws Exception {
		chain = "tamper-" + Long.toString(System.nanoTime(), 36);
		execute("insert into kernel.audit_chain_head values ('" + chain + "', 0, decode(repeat('00', 32), 'hex'))");
	}

	@AfterEach
	void putEverythingBack() throws Exception {
		restore();
		assertThat(verifier.verify().findings()).as("verification after the scene was put back").isEmpty();
	}

	@Test
	void anEntryEditedBehindTheTriggersBackIsReportedAsEdited() throws Exception {
		append(3);
		long edited = idOf(2);
		checkpoints.write();
		assertIntactBeforeTampering();

		execute("set session_replication_role = replica");
		execute("update kernel.audit_entry set purpose = 'nothing to see' where id = " + edited);
		execute("set session_replication_role = origin");

		assertThat(findingsOf(verifier.verify())).singleElement().satisfies(finding -> {
			assertThat(finding.kind()).isEqualTo(Kind.EDITED_ENTRY);
			assertThat(finding.entryId()).isEqualTo(edited);
		});
	}

	@Test
	void aChainRewrittenConsistentlyAfterAnEditIsReportedAsRewritten() throws Exception {
		append(5);
		checkpoints.write();
		append(2);
		checkpoints.write();
		assertIntactBeforeTampering();

		// Edit the third entry, recompute every hash after it and update the chain head: the chain holds together.
		execute("alter table kernel.audit_entry disable trigger audit_entry_no_update_delete");
		try {
			execute("update kernel.audit_entry set actor = 'mallory' where chain = '" + chain + "' and seq = 3");
			rehashFrom(3);
		}
		finally {
			execute("alter table kernel.audit_entry enable trigger audit_entry_no_update_delete");
		}

		assertThat(findingsOf(verifier.verify())).singleElement().satisfies(finding -> {
			assertThat(finding.kind()).isEqualTo(Kind.REWRITTEN_CHAIN);
			assertThat(finding.checkpoint()).as("the first checkpoint after the edit").isEqualTo(1);
			assertThat(finding.entryId()).isEqualTo(idOf(5));
		});
		mvc.perform(get("/api/privacy/audit/verification").with(DemoUsers.ISSO.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(false))
			.andExpect(jsonPath("$.findings[?(@.chain == '" + chain + "')].kind").value(contains("REWRITTEN_CHAIN")));
		String page = mvc.perform(post("/privacy/audit/verify").with(DemoUsers.ISSO.token()).with(csrf())
				.sessionAttr(RulesOfBehavior.SESSION_ATTRIBUTE, Instant.now()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("The audit trail has been altered").contains("A chain was rewritten after an edit.")
			.contains("chain &#39;" + chain + "&#39; was rewritten");

		// Nor will the job sign what follows the rewritten entries.
		append(1);
		assertThat(checkpoints.write()).extracting(AuditCheckpoint::chain).doesNotContain(chain);
	}

	@Test
	void entriesRemovedFromTheEndWithTheHeadMovedBackAreReportedAsARemovedTail() throws Exception {
		append(5);
		checkpoints.write();
		assertIntactBeforeTampering();

		execute("set session_replication_role = replica");
		execute("delete from kernel.audit_entry where chain = '" + chain + "' and seq > 3");
		execute("update kernel.audit_chain_head h set last_seq = 3, last_hash = e.hash from kernel.audit_entry e "
				+ "where h.chain = '" + chain + "' and e.chain = h.chain and e.seq = 3");
		execute("set session_replication_role = origin");

		assertThat(findingsOf(verifier.verify())).singleElement().satisfies(finding -> {
			assertThat(finding.kind()).isEqualTo(Kind.REMOVED_TAIL);
			assertThat(finding.checkpoint()).isEqualTo(1);
			assertThat(finding.description()).contains("ends at its entry 3").contains("vouches for 5 entries");
		});
	}

	@Test
	void aCheckpointTakenFromTheMiddleIsReportedAsMissing() throws Exception {
		for (int checkpoint = 1; checkpoint <= 3; checkpoint++) {
			append(2);
			checkpoints.write();
		}
		assertIntactBeforeTampering();

		List<String> lines = new ArrayList<>(Files.readAllLines(checkpointFile()));
		assertThat(lines).hasSize(3);
		lines.remove(1);
		Files.write(checkpointFile(), lines);

		assertThat(findingsOf(verifier.verify())).singleElement().satisfies(finding -> {
			assertThat(finding.kind()).isEqualTo(Kind.MISSING_CHECKPOINT);
			assertThat(finding.description()).contains("checkpoint 2 of chain '" + chain + "' is missing");
		});
	}

	@Test
	void aCheckpointAlteredInItsFileIsReportedAsAltered() throws Exception {
		for (int checkpoint = 1; checkpoint <= 3; checkpoint++) {
			append(1);
			checkpoints.write();
		}
		assertIntactBeforeTampering();

		List<String> lines = new ArrayList<>(Files.readAllLines(checkpointFile()));
		assertThat(lines.get(1)).contains(" count=2 ");
		lines.set(1, lines.get(1).replace(" count=2 ", " count=1 "));
		Files.write(checkpointFile(), lines);

		assertThat(findingsOf(verifier.verify())).singleElement().satisfies(finding -> {
			assertThat(finding.kind()).isEqualTo(Kind.ALTERED_CHECKPOINT);
			assertThat(finding.checkpoint()).isEqualTo(2);
		});
	}

	@Test
	void entriesNoCheckpointCoversLongAfterTheyWereWrittenAreReportedAsMissingCheckpoints() throws Exception {
		append(3);
		assertIntactBeforeTampering();

		// As if the job had not run for ten minutes: the entries were written then, and none is covered.
		execute("set session_replication_role = replica");
		execute("update kernel.audit_entry set occurred_at = occurred_at - interval '10 minutes' where chain = '"
				+ chain + "'");
		rehashFrom(1);
		execute("set session_replication_role = origin");

		assertThat(findingsOf(verifier.verify())).singleElement().satisfies(finding -> {
			assertThat(finding.kind()).isEqualTo(Kind.MISSING_CHECKPOINT);
			assertThat(finding.entryId()).isEqualTo(idOf(1));
			assertThat(finding.description()).contains("covered by no checkpoint");
		});

		// Once covered, a chain to which nothing was appended since needs no newer checkpoint, however old its last.
		assertThat(checkpoints.write()).extracting(AuditCheckpoint::chain).contains(chain);
		assertThat(verifier.verify().findings()).isEmpty();
		assertThat(checkpoints.write()).extracting(AuditCheckpoint::chain).doesNotContain(chain);
	}

	// The scene ------------------------------------------------------------------------------------------------------

	private void assertIntactBeforeTampering() throws Exception {
		ChainVerification before = verifier.verify();
		assertThat(before.findings()).as("findings before tampering").isEmpty();
		assertThat(before.intact()).isTrue();
		execute("drop table if exists saved_entries");
		execute("create temp table saved_entries as select * from kernel.audit_entry where chain = '" + chain + "'");
		savedCheckpoints = Files.exists(checkpointFile()) ? Files.readAllBytes(checkpointFile()) : new byte[0];
	}

	private void restore() throws Exception {
		if (savedCheckpoints == null) {
			return;
		}
		execute("set session_replication_role = replica");
		execute("delete from kernel.audit_entry where chain = '" + chain + "'");
		execute("insert into kernel.audit_entry overriding system value select * from saved_entries");
		execute("update kernel.audit_chain_head h set last_seq = e.seq, last_hash = e.hash from saved_entries e "
				+ "where h.chain = '" + chain + "' and e.seq = (select max(seq) from saved_entries)");
		execute("set session_replication_role = origin");
		Files.write(checkpointFile(), savedCheckpoints);
		savedCheckpoints = null;
	}

	/** Appends entries to this test's chain through the database's own function, as the application would. */
	private void append(int entries) throws SQLException {
		try (PreparedStatement statement = superuser.prepareStatement(
				"select kernel.append_audit(?, 'isso', 'OCIO', 'READ', 'test.record', ?, 'OCIO', 'name', 'tamper test', null)")) {
			for (int i = 0; i < entries; i++) {
				statement.setString(1, chain);
				statement.setString(2, String.valueOf(i));
				statement.execute();
			}
		}
	}

	/** Recomputes the hash of every entry from the given one on, and the chain head, as kernel.append_audit does. */
	private void rehashFrom(long seq) throws SQLException {
		execute("""
				do $$
				declare
				    r    record;
				    prev bytea;
				begin
				    select prev_hash into prev from kernel.audit_entry where chain = '%1$s' and seq = %2$d;
				    for r in select * from kernel.audit_entry where chain = '%1$s' and seq >= %2$d order by seq loop
				        update kernel.audit_entry
				           set prev_hash = prev,
				               hash = sha256(prev || convert_to(concat_ws(chr(31), r.chain, r.seq::text,
				                   (extract(epoch from r.occurred_at) * 1000000)::bigint::text, r.actor,
				                   coalesce(r.actor_component, chr(9216)), r.action, coalesce(r.record_type, chr(9216)),
				                   coalesce(r.record_id, chr(9216)), coalesce(r.record_component, chr(9216)), r.fields,
				                   coalesce(r.purpose, chr(9216)), coalesce(r.details, chr(9216))), 'UTF8'))
				         where id = r.id
				        returning hash into prev;
				    end loop;
				    update kernel.audit_chain_head set last_hash = prev where chain = '%1$s';
				end;
				$$""".formatted(chain, seq));
	}

	private long idOf(long seq) throws SQLException {
		try (ResultSet rs = superuser.createStatement().executeQuery(
				"select id from kernel.audit_entry where chain = '" + chain + "' and seq = " + seq)) {
			assertThat(rs.next()).isTrue();
			return rs.getLong(1);
		}
	}

	private List<Finding> findingsOf(ChainVerification verification) {
		assertThat(verification.intact()).isFalse();
		assertThat(verification.findings()).extracting(Finding::chain).as("chains with findings").containsOnly(chain);
		return verification.findings();
	}

	private Path checkpointFile() {
		return checkpoints.directory().resolve(chain + ".checkpoints");
	}

	private void execute(String sql) throws SQLException {
		try (Statement statement = superuser.createStatement()) {
			statement.execute(sql);
		}
	}
}
