package org.casekeep.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The application's clock in customer research's tests, set to the day a test needs (gates count days). */
final class SettableClock extends Clock {

	private volatile Instant now = Instant.now();

	void setToday(LocalDate today) {
		now = today.atTime(12, 0).toInstant(ZoneOffset.UTC);
	}

	void reset() {
		now = Instant.now();
	}

	LocalDate today() {
		return LocalDate.ofInstant(now, ZoneOffset.UTC);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return now;
	}

	/** Registers the clock as the application's. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		SettableClock clock() {
			return new SettableClock();
		}
	}
}
