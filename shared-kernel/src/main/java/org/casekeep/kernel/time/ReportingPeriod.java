package org.casekeep.kernel.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.casekeep.kernel.validation.InputCheck;
import org.jspecify.annotations.Nullable;

/**
 * The period a report covers: whole days in the office's time zone ({@link BusinessCalendar#DEFAULT_ZONE}), both ends
 * included, by default the last 12 months up to today. Every report of every module reads a period the same way.
 *
 * @param from the first day, included.
 * @param to the last day, included.
 */
public record ReportingPeriod(LocalDate from, LocalDate to) {

	/** The longest period a report covers: about ten years. */
	public static final int MAX_DAYS = 3660;

	/**
	 * The period as asked for; a missing end is today, a missing start 12 months before the end.
	 * @throws org.casekeep.kernel.validation.InvalidInputException naming {@code from} for a reversed or too long
	 * period.
	 */
	public static ReportingPeriod of(@Nullable LocalDate from, @Nullable LocalDate to, Clock clock) {
		LocalDate end = to != null ? to : LocalDate.now(clock.withZone(BusinessCalendar.DEFAULT_ZONE));
		LocalDate start = from != null ? from : end.minusMonths(12).plusDays(1);
		InputCheck check = new InputCheck();
		if (start.isAfter(end)) {
			check.reject("from", "The start of the period must not be after its end");
		}
		else if (start.plusDays(MAX_DAYS).isBefore(end)) {
			check.reject("from", "The period must be at most ten years");
		}
		check.throwIfInvalid();
		return new ReportingPeriod(start, end);
	}

	/** {@link #of(LocalDate, LocalDate, Clock)} on the system clock. */
	public static ReportingPeriod of(@Nullable LocalDate from, @Nullable LocalDate to) {
		return of(from, to, Clock.systemUTC());
	}

	/** The first instant of the period. */
	public Instant start() {
		return from.atStartOfDay(BusinessCalendar.DEFAULT_ZONE).toInstant();
	}

	/** The first instant after the period. */
	public Instant end() {
		return to.plusDays(1).atStartOfDay(BusinessCalendar.DEFAULT_ZONE).toInstant();
	}
}
