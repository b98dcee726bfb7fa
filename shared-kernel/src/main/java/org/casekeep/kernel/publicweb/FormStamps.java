package org.casekeep.kernel.publicweb;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The bot trap of the public forms, which needs no outside service (no CAPTCHA provider sees the people who write
 * to the Department): every form carries a stamp, signed by the server, of when it was served, and a field people
 * never see ({@value #HONEYPOT}, hidden from sight and from screen readers). A submission is refused when the hidden
 * field is filled, the stamp is missing, forged or older than {@code casekeep.public.form-max-age}, or it came sooner
 * than {@code casekeep.public.form-min-seconds} after the form was served — faster than a person reads it.
 * <p>
 * The key is {@code casekeep.public.form-key} (base 64, at least 32 bytes), the same on every instance; without one a
 * random key is made at start, so stamps served by one instance are refused by another (set it when there are
 * several).
 */
@Component
public class FormStamps {

	/** The form field of the stamp. */
	public static final String STAMP = "stamp";

	/** The form field that people never fill. */
	public static final String HONEYPOT = "website";

	/** What the trap made of a submission. */
	public enum Verdict {
		/** Looks like a person. */
		ACCEPTED,
		/** The hidden field was filled. */
		HONEYPOT_FILLED,
		/** No stamp, or one the server did not sign. */
		FORGED,
		/** Sent sooner than a person could. */
		TOO_FAST,
		/** The form was served too long ago; the person reloads it. */
		EXPIRED;

		public boolean accepted() {
			return this == ACCEPTED;
		}
	}

	private static final int NONCE_BYTES = 8;
	private static final int MAC_BYTES = 32;

	private final SecretKeySpec key;
	private final Duration minimum;
	private final Duration maximum;
	private final SecureRandom random = new SecureRandom();
	private Clock clock = Clock.systemUTC();

	FormStamps(@Value("${casekeep.public.form-key:}") String configuredKey,
			@Value("${casekeep.public.form-min-seconds:3}") long minimumSeconds,
			@Value("${casekeep.public.form-max-age:PT4H}") Duration maximum) {
		byte[] bytes = configuredKey.isBlank() ? randomKey() : Base64.getDecoder().decode(configuredKey.strip());
		if (bytes.length < 32) {
			throw new IllegalStateException("casekeep.public.form-key must be at least 32 bytes, base 64 encoded");
		}
		this.key = new SecretKeySpec(bytes, "HmacSHA256");
		this.minimum = Duration.ofSeconds(minimumSeconds);
		this.maximum = maximum;
	}

	/** A stamp for a form served now. */
	public String issue() {
		ByteBuffer stamp = ByteBuffer.allocate(Long.BYTES + NONCE_BYTES + MAC_BYTES);
		stamp.putLong(clock.millis());
		byte[] nonce = new byte[NONCE_BYTES];
		random.nextBytes(nonce);
		stamp.put(nonce);
		stamp.put(mac(stamp.array(), Long.BYTES + NONCE_BYTES));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(stamp.array());
	}

	/** What the trap makes of a submission's stamp and hidden field. */
	public Verdict check(@Nullable String stamp, @Nullable String honeypot) {
		if (honeypot != null && !honeypot.isEmpty()) {
			return Verdict.HONEYPOT_FILLED;
		}
		byte[] bytes;
		try {
			bytes = stamp == null ? new byte[0] : Base64.getUrlDecoder().decode(stamp);
		}
		catch (IllegalArgumentException ex) {
			return Verdict.FORGED;
		}
		if (bytes.length != Long.BYTES + NONCE_BYTES + MAC_BYTES) {
			return Verdict.FORGED;
		}
		byte[] expected = mac(bytes, Long.BYTES + NONCE_BYTES);
		byte[] actual = java.util.Arrays.copyOfRange(bytes, Long.BYTES + NONCE_BYTES, bytes.length);
		if (!MessageDigest.isEqual(expected, actual)) {
			return Verdict.FORGED;
		}
		Duration age = Duration.between(Instant.ofEpochMilli(ByteBuffer.wrap(bytes).getLong()), clock.instant());
		if (age.compareTo(minimum) < 0) {
			return age.isNegative() ? Verdict.FORGED : Verdict.TOO_FAST;
		}
		return age.compareTo(maximum) > 0 ? Verdict.EXPIRED : Verdict.ACCEPTED;
	}

	/** For tests: the clock stamps are issued and checked by. */
	void clock(Clock clock) {
		this.clock = clock;
	}

	private byte[] mac(byte[] stamp, int length) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			mac.update(stamp, 0, length);
			return mac.doFinal();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is part of every JDK", ex);
		}
	}

	private byte[] randomKey() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return bytes;
	}
}
