package org.casekeep.kernel.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One signed checkpoint of an audit chain: the chain held {@code entryCount} entries, the last one being entry
 * {@code entryId} with hash {@code entryHash}, when the checkpoint was written. Each checkpoint also signs the
 * SHA-256 of the stored line of the one before it, which holds that one's signature and everything it signed: the
 * checkpoints of a chain form a chain of their own, so one taken from the middle or altered shows, and the newest
 * checkpoint's signature vouches for all before it. (Verification checks that one signature rather than one per
 * checkpoint: Ed25519 in the JDK takes about a millisecond here, so a year of checkpoints a minute would take ten
 * minutes.) Holds identifiers and hashes only, never an entry's content.
 * <p>
 * Stored as one line of text, signed with Ed25519 up to {@code " signature="}:
 * <pre>
 * audit-checkpoint/1 chain=main number=3 entry=1042 count=517 hash=&lt;64 hex digits&gt; at=2026-01-05T14:03:00.123Z
 *     previous=&lt;SHA-256 of checkpoint 2's line, 64 hex digits, or -&gt; signature=&lt;base64&gt;
 * </pre>
 * (on one line).
 *
 * @param chain the audit chain, for example {@code main}.
 * @param number the checkpoint's number in its chain, from 1.
 * @param entryId the id of the chain's last entry.
 * @param entryCount how many entries the chain held, which is the last entry's sequence number.
 * @param entryHash the last entry's hash, in hex.
 * @param writtenAt when the checkpoint was written, by the application's clock.
 * @param previous the SHA-256 (hex) of the stored line of checkpoint {@code number - 1}, or {@literal null} for the
 * first.
 * @param signature the Ed25519 signature of {@link #signedText()}, in base64.
 */
public record AuditCheckpoint(String chain, long number, long entryId, long entryCount, String entryHash,
		Instant writtenAt, @Nullable String previous, String signature) {

	/** The names a chain may have, so that each names a file of its own. */
	static final Pattern CHAIN_NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");

	private static final String FORMAT = "audit-checkpoint/1";
	private static final String SIGNATURE = " signature=";
	private static final Pattern LINE = Pattern.compile(Pattern.quote(FORMAT)
			+ " chain=(" + CHAIN_NAME.pattern() + ") number=([1-9][0-9]{0,18}) entry=([1-9][0-9]{0,18})"
			+ " count=([1-9][0-9]{0,18}) hash=([0-9a-f]{64}) at=(\\S+) previous=([0-9a-f]{64}|-)"
			+ " signature=([A-Za-z0-9+/=]+)");

	/** The text the signature covers: the whole line up to {@code " signature="}. */
	public String signedText() {
		return FORMAT + " chain=" + chain + " number=" + number + " entry=" + entryId + " count=" + entryCount + " hash="
				+ entryHash + " at=" + writtenAt + " previous=" + (previous == null ? "-" : previous);
	}

	/** The same checkpoint with its signature. */
	AuditCheckpoint signed(String newSignature) {
		return new AuditCheckpoint(chain, number, entryId, entryCount, entryHash, writtenAt, previous, newSignature);
	}

	String line() {
		return signedText() + SIGNATURE + signature;
	}

	/** Whether this checkpoint names the given entry, as the walk of the chain found it. */
	boolean vouchesFor(long id, byte[] hash) {
		return entryId == id && entryHash.equals(hex(hash));
	}

	static String hex(byte[] hash) {
		return HexFormat.of().formatHex(hash);
	}

	/** What the next checkpoint names as its {@code previous}: the SHA-256 of this stored line. */
	static String hashOfLine(String line) {
		try {
			return hex(MessageDigest.getInstance("SHA-256").digest(line.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/** The part of a stored line its signature covers, or {@literal null} if it has no signature at all. */
	static @Nullable String signedPart(String line) {
		int at = line.lastIndexOf(SIGNATURE);
		return at < 0 ? null : line.substring(0, at);
	}

	/** Reads a line written by {@link #line()}; a line that does not have that form at all yields {@literal null}. */
	static @Nullable AuditCheckpoint parse(String line) {
		Matcher m = LINE.matcher(line);
		if (!m.matches()) {
			return null;
		}
		try {
			return new AuditCheckpoint(m.group(1), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
					Long.parseLong(m.group(4)), m.group(5), Instant.parse(m.group(6)),
					m.group(7).equals("-") ? null : m.group(7), m.group(8));
		}
		catch (NumberFormatException | DateTimeParseException ex) {
			return null;
		}
	}
}
