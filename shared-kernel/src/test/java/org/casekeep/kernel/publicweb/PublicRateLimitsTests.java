package org.casekeep.kernel.publicweb;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The public pages' limits per client address, in fixed windows. */
class PublicRateLimitsTests {

	Instant now = Instant.parse("2026-12-03T10:00:00Z");

	@Test
	void aClientOverTheLimitIsToldWhenItsWindowEndsAndAnotherClientIsNotHeldUp() {
		PublicRateLimits.Window window = new PublicRateLimits.Window(3, Duration.ofMinutes(1));
		window.clock = Clock.fixed(now, ZoneOffset.UTC);
		for (int i = 0; i < 3; i++) {
			window.count("203.0.113.7");
		}
		window.clock = Clock.fixed(now.plusSeconds(20), ZoneOffset.UTC);
		PublicRateLimits.Exceeded exceeded = catchThrowableOfType(PublicRateLimits.Exceeded.class,
				() -> window.count("203.0.113.7"));
		assertThat(exceeded.retryAfter()).isEqualTo(Duration.ofSeconds(40));
		assertThatNoException().isThrownBy(() -> window.count("198.51.100.9"));

		window.clock = Clock.fixed(now.plusSeconds(61), ZoneOffset.UTC);
		assertThatNoException().as("a new window").isThrownBy(() -> window.count("203.0.113.7"));
	}
}
