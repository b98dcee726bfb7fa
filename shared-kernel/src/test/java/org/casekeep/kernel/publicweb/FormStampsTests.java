package org.casekeep.kernel.publicweb;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The public forms' bot trap, which asks no outside service: a signed stamp of when the form was served, and a honeypot. */
class FormStampsTests {

	static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	final FormStamps stamps = new FormStamps(KEY, 3, Duration.ofHours(4));

	Instant now = Instant.parse("2026-12-03T10:00:00Z");

	@Test
	void aPersonWhoTakesTheirTimeIsAcceptedAndABotThatAnswersAtOnceIsNot() {
		String stamp = at(now, stamps::issue);
		assertThat(at(now.plusSeconds(1), () -> stamps.check(stamp, ""))).isEqualTo(FormStamps.Verdict.TOO_FAST);
		assertThat(at(now.plusSeconds(40), () -> stamps.check(stamp, ""))).isEqualTo(FormStamps.Verdict.ACCEPTED);
		assertThat(at(now.plusSeconds(40), () -> stamps.check(stamp, null))).isEqualTo(FormStamps.Verdict.ACCEPTED);
		assertThat(at(now.plus(Duration.ofHours(5)), () -> stamps.check(stamp, "")))
			.isEqualTo(FormStamps.Verdict.EXPIRED);
	}

	@Test
	void theHiddenFieldFilledAMissingOrForgedStampOrOneFromTheFutureIsRefused() {
		String stamp = at(now, stamps::issue);
		assertThat(at(now.plusSeconds(40), () -> stamps.check(stamp, "http://spam.example")))
			.isEqualTo(FormStamps.Verdict.HONEYPOT_FILLED);
		assertThat(stamps.check(null, "")).isEqualTo(FormStamps.Verdict.FORGED);
		assertThat(stamps.check("not base 64!", "")).isEqualTo(FormStamps.Verdict.FORGED);
		byte[] bytes = Base64.getUrlDecoder().decode(stamp);
		bytes[0] ^= 1;
		String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		assertThat(at(now.plusSeconds(40), () -> stamps.check(tampered, ""))).isEqualTo(FormStamps.Verdict.FORGED);
		FormStamps otherKey = new FormStamps(Base64.getEncoder().encodeToString(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8,
				9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32 }), 3,
				Duration.ofHours(4));
		assertThat(otherKey.check(stamp, "")).as("signed by another key").isEqualTo(FormStamps.Verdict.FORGED);
		String future = at(now.plusSeconds(3600), stamps::issue);
		assertThat(at(now, () -> stamps.check(future, ""))).isEqualTo(FormStamps.Verdict.FORGED);
	}

	@Test
	void aKeyTooShortToSignWithIsRefusedAtStart() {
		assertThatIllegalStateException().isThrownBy(() -> new FormStamps(
				Base64.getEncoder().encodeToString(new byte[8]), 3, Duration.ofHours(4)));
	}

	private <T> T at(Instant when, java.util.function.Supplier<T> work) {
		stamps.clock(Clock.fixed(when, ZoneOffset.UTC));
		return work.get();
	}
}
