package org.casekeep.kernel.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks every audit chain from its first entry and recomputes each hash. Detects an altered entry (hash mismatch),
 * a removed or inserted entry (broken link or sequence gap) and a removed tail (the chain head names a later entry
 * than the last one found). Reads with a server-side cursor, so memory stays flat for any length.
 */
@Component
public class AuditChainVerifier {

	private static final int FETCH_SIZE = 10_000;

	private final JdbcTemplate jdbc;
	private final TransactionTemplate readOnly;

	AuditChainVerifier(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = new JdbcTemplate(jdbc.getDataSource());
		this.jdbc.setFetchSize(FETCH_SIZE);
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
		// One snapshot for the entries and the chain heads, so concurrent writers never look like a removed tail.
		this.readOnly.setIsolationLevel(TransactionTemplate.ISOLATION_REPEATABLE_READ);
	}

	public ChainVerification verify() {
		long started = System.nanoTime();
		Walk walk = readOnly.execute(status -> {
			Walk state = new Walk();
			jdbc.query("""
					select id, chain, seq, (extract(epoch from occurred_at) * 1000000)::bigint as micros, actor,
					       actor_component, action, record_type, record_id, record_component, fields, purpose, details,
					       prev_hash, hash
					from kernel.audit_entry order by chain, seq""", state::accept);
			jdbc.query("select chain, last_seq from kernel.audit_chain_head", state::checkHead);
			return state;
		});
		java.time.Duration took = java.time.Duration.ofNanos(System.nanoTime() - started);
		return new ChainVerification(walk.brokenId == null && walk.problem == null, walk.checked, walk.brokenId,
				walk.problem, took);
	}

	private static final class Walk {

		private final AuditEntryHash hasher = new AuditEntryHash();
		private final Map<String, Long> lastSeq = new HashMap<>();
		private @Nullable String chain;
		private byte[] previous = new byte[32];
		private long expectedSeq;
		private long checked;
		private @Nullable Long brokenId;
		private @Nullable String problem;

		void accept(ResultSet rs) throws SQLException {
			checked++;
			String entryChain = rs.getString(2);
			if (!entryChain.equals(chain)) {
				chain = entryChain;
				previous = new byte[32];
				expectedSeq = 1;
			}
			long id = rs.getLong(1);
			long seq = rs.getLong(3);
			byte[] prevHash = rs.getBytes(14);
			byte[] hash = rs.getBytes(15);
			lastSeq.put(entryChain, seq);
			if (brokenId != null) {
				return;
			}
			if (seq != expectedSeq) {
				broken(id, "entry " + expectedSeq + " of chain '" + entryChain + "' is missing");
			}
			else if (!Arrays.equals(prevHash, previous)) {
				broken(id, "entry does not link to the entry before it");
			}
			else {
				byte[] recomputed = hasher.hash(prevHash, entryChain, seq, rs.getLong(4), rs.getString(5),
						rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
						rs.getString(11), rs.getString(12), rs.getString(13));
				if (!Arrays.equals(recomputed, hash)) {
					broken(id, "entry content does not match its hash: it was altered after it was written");
				}
			}
			previous = hash;
			expectedSeq = seq + 1;
		}

		void checkHead(ResultSet rs) throws SQLException {
			String headChain = rs.getString(1);
			long headSeq = rs.getLong(2);
			long found = lastSeq.getOrDefault(headChain, 0L);
			if (problem == null && brokenId == null && found != headSeq) {
				problem = "chain '" + headChain + "' should end at entry " + headSeq + " but ends at " + found;
			}
		}

		private void broken(long id, String description) {
			brokenId = id;
			problem = description;
		}
	}
}
