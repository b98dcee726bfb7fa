package org.casekeep.survey.studies;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Today and now for the gates, from the application's {@link Clock} where one is defined (tests set the date) and the
 * system's UTC clock otherwise. Dates are UTC dates (DESIGN.md rule 8).
 */
@Component
public class ResearchTime {

	private final ObjectProvider<Clock> clock;

	ResearchTime(ObjectProvider<Clock> clock) {
		this.clock = clock;
	}

	public Instant now() {
		return clock().instant();
	}

	public LocalDate today() {
		return LocalDate.ofInstant(now(), ZoneOffset.UTC);
	}

	private Clock clock() {
		return clock.getIfAvailable(Clock::systemUTC);
	}
}
