package org.casekeep.kernel.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

import org.casekeep.kernel.audit.ChainVerification.Finding;
import org.casekeep.kernel.audit.ChainVerification.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Follows one audit chain entry by entry from a point known to be good (its start, or an entry a checkpoint vouches
 * for), recomputing each entry's hash and checking that it links to the one before. Used by the verification of the
 * whole trail and by the checkpoint job, which signs only what it has followed. Rows come by sequence number, with
 * the columns of {@link #COLUMNS}.
 */
final class ChainWalk {

	/** The columns a row must have, in this order. */
	static final String COLUMNS = """
			id, chain, seq, (extract(epoch from occurred_at) * 1000000)::bigint as micros, actor, actor_component, \
			action, record_type, record_id, record_component, fields, purpose, details, prev_hash, hash""";

	private final AuditEntryHash hasher;
	private final String chain;
	private long count;
	private byte[] lastHash;
	private long lastId;
	private long lastMicros;

	/** A walk that continues after the {@code count}-th entry, whose hash is {@code lastHash}. */
	ChainWalk(AuditEntryHash hasher, String chain, long count, byte[] lastHash) {
		this.hasher = hasher;
		this.chain = chain;
		this.count = count;
		this.lastHash = lastHash.clone();
	}

	/** A walk from the first entry of a chain, whose previous hash is 32 zero bytes. */
	static ChainWalk fromStart(AuditEntryHash hasher, String chain) {
		return new ChainWalk(hasher, chain, 0, new byte[32]);
	}

	/**
	 * Takes the current row as the next entry.
	 * @return {@literal null} if it follows on from the entries before, else what is wrong with it.
	 */
	@Nullable Finding follow(ResultSet rs) throws SQLException {
		long id = rs.getLong(1);
		long seq = rs.getLong(3);
		long micros = rs.getLong(4);
		byte[] prevHash = rs.getBytes(14);
		byte[] hash = rs.getBytes(15);
		Finding problem = null;
		if (seq != count + 1) {
			problem = new Finding(Kind.BROKEN_LINK, chain, id, null,
					"entry " + (count + 1) + " of chain '" + chain + "' is missing");
		}
		else if (!Arrays.equals(prevHash, lastHash)) {
			problem = new Finding(Kind.BROKEN_LINK, chain, id, null, "entry does not link to the entry before it");
		}
		else {
			byte[] recomputed = hasher.hash(prevHash, chain, seq, micros, rs.getString(5), rs.getString(6),
					rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
					rs.getString(12), rs.getString(13));
			if (!Arrays.equals(recomputed, hash)) {
				problem = new Finding(Kind.EDITED_ENTRY, chain, id, null,
						"entry content does not match its hash: it was altered after it was written");
			}
		}
		count = seq;
		lastHash = hash;
		lastId = id;
		lastMicros = micros;
		return problem;
	}

	/** The sequence number of the last entry followed, which is how many entries the chain holds up to it. */
	long count() {
		return count;
	}

	byte[] lastHash() {
		return lastHash.clone();
	}

	long lastId() {
		return lastId;
	}

	/** When the last entry followed was written, in microseconds since the epoch. */
	long lastMicros() {
		return lastMicros;
	}
}
