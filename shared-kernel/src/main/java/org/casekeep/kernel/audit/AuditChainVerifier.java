package org.casekeep.kernel.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.casekeep.kernel.audit.CheckpointStore.Reader;
import org.casekeep.kernel.audit.ChainVerification.Finding;
import org.casekeep.kernel.audit.ChainVerification.Kind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks every audit chain from its first entry, recomputes each hash and checks the chain against its signed
 * checkpoints ({@link AuditCheckpoints}). Tells apart an edited entry (hash mismatch), a removed or inserted entry
 * (broken link or sequence gap), a chain rewritten consistently after an edit (it holds together but disagrees with a
 * checkpoint), a removed tail (the chain ends before its head or a checkpoint), and a missing or altered checkpoint.
 * Reads the entries with a server-side cursor and the checkpoints line by line, so memory stays flat for any length.
 * <p>
 * Entries written since the last checkpoint (a minute's, as a rule) rest on the database alone: a rewrite of those
 * shows only once they should have been covered, as missing checkpoints.
 */
@Component
public class AuditChainVerifier {

	/**
	 * Checkpoints are written every minute; an entry that none covers this long after it was written shows that
	 * checkpoints are missing or have stopped. The margin allows for a restart, or for the cluster lock of an instance
	 * that stopped while it held it.
	 */
	static final Duration COVERED_WITHIN = Duration.ofMinutes(5);

	private static final int FETCH_SIZE = 10_000;

	private final JdbcTemplate jdbc;
	private final TransactionTemplate readOnly;
	private final AuditCheckpoints checkpoints;

	AuditChainVerifier(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, AuditCheckpoints checkpoints) {
		this.jdbc = new JdbcTemplate(Objects.requireNonNull(jdbc.getDataSource()));
		this.jdbc.setFetchSize(FETCH_SIZE);
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
		// One snapshot for the entries and the chain heads, so concurrent writers never look like a removed tail.
		this.readOnly.setIsolationLevel(TransactionTemplate.ISOLATION_REPEATABLE_READ);
		this.checkpoints = checkpoints;
	}

	public ChainVerification verify() {
		long started = System.nanoTime();
		// The checkpoint files first, then the database's snapshot: every checkpoint read names entries it can see.
		CheckpointStore.Stored stored = checkpoints.stored();
		Walk walk = Objects.requireNonNull(readOnly.execute(status -> {
			Long now = jdbc.queryForObject("select (extract(epoch from now()) * 1000000)::bigint", Long.class);
			Walk state = new Walk(stored, Objects.requireNonNull(now));
			jdbc.query("select " + ChainWalk.COLUMNS + " from kernel.audit_entry order by chain, seq", state::accept);
			state.endChain();
			jdbc.query("select chain, last_seq from kernel.audit_chain_head order by chain", state::checkHead);
			state.checkChainsWithoutEntries();
			return state;
		}));
		return ChainVerification.of(walk.checked, walk.checkpointsRead, walk.findings(),
				Duration.ofNanos(System.nanoTime() - started));
	}

	private static final class Walk {

		private final CheckpointStore.Stored stored;
		private final long nowMicros;
		private final AuditEntryHash hasher = new AuditEntryHash();
		private final Map<String, Long> lastSeq = new HashMap<>();
		private final Map<String, List<Finding>> findings = new TreeMap<>();
		private final Set<String> walked = new HashSet<>();
		private @Nullable Chain current;
		private long checked;
		private long checkpointsRead;

		Walk(CheckpointStore.Stored stored, long nowMicros) {
			this.stored = stored;
			this.nowMicros = nowMicros;
		}

		void accept(ResultSet rs) throws SQLException {
			checked++;
			String chain = rs.getString(2);
			if (current == null || !current.name.equals(chain)) {
				endChain();
				current = new Chain(chain);
				walked.add(chain);
			}
			current.accept(rs);
			lastSeq.put(chain, rs.getLong(3));
		}

		void endChain() {
			if (current != null) {
				current.end();
				current = null;
			}
		}

		void checkHead(ResultSet rs) throws SQLException {
			String chain = rs.getString(1);
			long headSeq = rs.getLong(2);
			long found = lastSeq.getOrDefault(chain, 0L);
			if (found < headSeq) {
				add(new Finding(Kind.REMOVED_TAIL, chain, null, null,
						"chain '" + chain + "' should end at entry " + headSeq + " but ends at " + found));
			}
			else if (found > headSeq) {
				add(new Finding(Kind.BROKEN_LINK, chain, null, null,
						"chain '" + chain + "' holds entries beyond its head, which names entry " + headSeq));
			}
		}

		/** Chains with checkpoints but no entry left at all. */
		void checkChainsWithoutEntries() {
			for (String chain : stored.chains()) {
				if (walked.contains(chain)) {
					continue;
				}
				try (Reader reader = stored.open(chain, this::add)) {
					AuditCheckpoint checkpoint = reader.next();
					if (checkpoint != null) {
						add(new Finding(Kind.REMOVED_TAIL, chain, null, checkpoint.number(), "chain '" + chain
								+ "' has no entries left, but checkpoint " + checkpoint.number() + " vouches for "
								+ checkpoint.entryCount()));
					}
					while (reader.next() != null) {
						// signatures and links of the rest
					}
					checkpointsRead += reader.read();
				}
			}
		}

		List<Finding> findings() {
			List<Finding> all = new ArrayList<>();
			findings.values().forEach(all::addAll);
			return all;
		}

		/** Keeps the first finding of each kind per chain: the rest follow from it. */
		private void add(Finding finding) {
			List<Finding> ofChain = findings.computeIfAbsent(finding.chain(), chain -> new ArrayList<>());
			if (ofChain.stream().noneMatch(known -> known.kind() == finding.kind())) {
				ofChain.add(finding);
			}
		}

		/** One chain's walk, side by side with its checkpoints (both in order of the entries they name). */
		private final class Chain {

			private final String name;
			private final ChainWalk walk;
			private final Reader checkpoints;
			private @Nullable AuditCheckpoint next;
			private @Nullable AuditCheckpoint confirmed;
			private boolean broken;
			private long firstUncoveredId;
			private long firstUncoveredSeq;
			private long firstUncoveredMicros;

			Chain(String name) {
				this.name = name;
				this.walk = ChainWalk.fromStart(hasher, name);
				this.checkpoints = stored.open(name, Walk.this::add);
				this.next = checkpoints.next();
			}

			void accept(ResultSet rs) throws SQLException {
				Finding problem = walk.follow(rs);
				if (problem != null && !broken) {
					add(problem);
					broken = true;
				}
				while (next != null && next.entryCount() < walk.count()) {
					next = checkpoints.next();
				}
				if (next != null && next.entryCount() == walk.count()) {
					if (!broken && !next.vouchesFor(walk.lastId(), walk.lastHash())) {
						add(rewritten(next));
						broken = true;
					}
					confirmed = next;
					next = checkpoints.next();
				}
				if (next == null && firstUncoveredId == 0 && walk.count() > coveredCount()) {
					firstUncoveredId = walk.lastId();
					firstUncoveredSeq = walk.count();
					firstUncoveredMicros = walk.lastMicros();
				}
			}

			void end() {
				if (next != null) {
					add(new Finding(Kind.REMOVED_TAIL, name, null, next.number(), "chain '" + name + "' ends at its entry "
							+ walk.count() + ", but checkpoint " + next.number() + " of " + next.writtenAt()
							+ " vouches for " + next.entryCount() + " entries (up to entry id " + next.entryId()
							+ "): entries were removed from its end"));
				}
				while (next != null) {
					next = checkpoints.next();
				}
				checkpointsRead += checkpoints.read();
				checkpoints.close();
				long ageMicros = nowMicros - firstUncoveredMicros;
				if (!broken && firstUncoveredId != 0 && ageMicros > COVERED_WITHIN.toNanos() / 1000) {
					add(new Finding(Kind.MISSING_CHECKPOINT, name, firstUncoveredId, null, "entries of chain '" + name
							+ "' from its entry " + firstUncoveredSeq + " (id " + firstUncoveredId + ", written "
							+ Instant.EPOCH.plusNanos(firstUncoveredMicros * 1000) + ") on are covered by no checkpoint, "
							+ "though one is written every minute: checkpoints are missing or have stopped"));
				}
			}

			private long coveredCount() {
				return confirmed == null ? 0 : confirmed.entryCount();
			}

			private Finding rewritten(AuditCheckpoint checkpoint) {
				String after = confirmed == null ? ""
						: "; it agrees with checkpoint " + confirmed.number() + " up to its entry " + confirmed.entryCount();
				return new Finding(Kind.REWRITTEN_CHAIN, name, walk.lastId(), checkpoint.number(), "chain '" + name
						+ "' was rewritten: its entry " + walk.count() + " is not the one checkpoint " + checkpoint.number()
						+ " of " + checkpoint.writtenAt() + " vouches for (entry id " + checkpoint.entryId()
						+ " with another hash), so entries up to it were changed and the hashes after them recomputed"
						+ after);
			}
		}
	}
}
