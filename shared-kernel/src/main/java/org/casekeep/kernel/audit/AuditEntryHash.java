package org.casekeep.kernel.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.jspecify.annotations.Nullable;

/**
 * The canonical form and hash of an audit entry. Must stay identical to {@code kernel.append_audit} in the kernel's
 * changelog, which computes the same hash when the entry is written: SHA-256 over the previous entry's hash followed
 * by the UTF-8 bytes of the entry's columns joined by U+001F, with U+2400 standing for a missing value and the time
 * given in microseconds since the epoch.
 */
final class AuditEntryHash {

	private static final char SEPARATOR = '\u001f';
	private static final String NULL = "\u2400";

	private final MessageDigest digest;
	private final StringBuilder text = new StringBuilder(256);

	AuditEntryHash() {
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	byte[] hash(byte[] previousHash, String chain, long seq, long occurredAtMicros, String actor,
			@Nullable String actorComponent, String action, @Nullable String recordType, @Nullable String recordId,
			@Nullable String recordComponent, String fields, @Nullable String purpose, @Nullable String details) {
		text.setLength(0);
		text.append(chain).append(SEPARATOR).append(seq).append(SEPARATOR).append(occurredAtMicros).append(SEPARATOR)
			.append(actor).append(SEPARATOR);
		append(actorComponent).append(action).append(SEPARATOR);
		append(recordType);
		append(recordId);
		append(recordComponent);
		text.append(fields).append(SEPARATOR);
		append(purpose);
		text.append(details == null ? NULL : details);
		digest.update(previousHash);
		return digest.digest(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	private StringBuilder append(@Nullable String value) {
		return text.append(value == null ? NULL : value).append(SEPARATOR);
	}
}
