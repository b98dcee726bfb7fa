package org.casekeep.survey.optout;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.casekeep.kernel.values.EmailAddress;
import org.casekeep.kernel.values.PhoneNumber;
import org.casekeep.survey.studies.ResearchTime;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The opt-out of future research across every study (PIA 2.2; overview: participants are told how to opt out of
 * future surveys). A person is matched on the HMAC-SHA256, under {@code casekeep.research.opt-out-key} (base 64, at
 * least 32 bytes, the same on every instance and kept for as long as the list), of their e-mail (trimmed, lower case)
 * and of their phone (E.164), so the list holds no contact data and a later re-import of the same person is still
 * refused. Without a configured key a random one is made at start: tests and demo only, the list forgets everyone on
 * restart.
 */
@Service
@Transactional
public class OptOutList {

	private static final Logger log = LoggerFactory.getLogger(OptOutList.class);

	private final SecretKeySpec key;
	private final OptOuts optOuts;
	private final ResearchTime time;

	OptOutList(@Value("${casekeep.research.opt-out-key:}") String configured, OptOuts optOuts, ResearchTime time) {
		byte[] bytes;
		if (configured.isBlank()) {
			bytes = new byte[32];
			new SecureRandom().nextBytes(bytes);
			log.warn("casekeep.research.opt-out-key is not set: a random key is used and the opt-out list is not "
					+ "honoured after a restart (tests and demo only)");
		}
		else {
			bytes = Base64.getDecoder().decode(configured.strip());
		}
		if (bytes.length < 32) {
			throw new IllegalStateException("casekeep.research.opt-out-key must be at least 32 bytes, base 64 encoded");
		}
		this.key = new SecretKeySpec(bytes, "HmacSHA256");
		this.optOuts = optOuts;
		this.time = time;
	}

	/** Records that the person with this e-mail and/or phone wants no more research contact; either may be absent. */
	public void optOut(@Nullable String email, @Nullable String phone) {
		String mail = normalizedEmail(email);
		String tel = normalizedPhone(phone);
		if (mail != null) {
			optOuts.add(digest("email:" + mail), OptOut.Kind.EMAIL.name(), time.today());
		}
		if (tel != null) {
			optOuts.add(digest("phone:" + tel), OptOut.Kind.PHONE.name(), time.today());
		}
	}

	/** Whether the person with this e-mail or this phone opted out of research (either matching is enough). */
	@Transactional(readOnly = true)
	public boolean isOptedOut(@Nullable String email, @Nullable String phone) {
		List<String> digests = new ArrayList<>(2);
		String mail = normalizedEmail(email);
		String tel = normalizedPhone(phone);
		if (mail != null) {
			digests.add(digest("email:" + mail));
		}
		if (tel != null) {
			digests.add(digest("phone:" + tel));
		}
		return !digests.isEmpty() && optOuts.anyOf(digests);
	}

	/** An e-mail as the list compares it: trimmed, lower case; {@code null} when blank. */
	public static @Nullable String normalizedEmail(@Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String stripped = raw.strip();
		return EmailAddress.isValid(stripped) ? EmailAddress.of(stripped).value().toLowerCase(Locale.ROOT)
				: stripped.toLowerCase(Locale.ROOT);
	}

	/** A phone as the list compares it: E.164 when it parses, its digits otherwise; {@code null} when blank. */
	public static @Nullable String normalizedPhone(@Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		return PhoneNumber.isValid(raw) ? PhoneNumber.of(raw).e164() : raw.replaceAll("[^0-9+]", "");
	}

	private String digest(String normalized) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return java.util.HexFormat.of().formatHex(mac.doFinal(normalized.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is part of every JDK", ex);
		}
	}
}
