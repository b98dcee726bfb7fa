package org.casekeep.correspondence;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.casekeep.kernel.time.BusinessCalendar;

/**
 * Due dates of taskers: the end of the day {@code businessDays} federal business days (weekends and federal holidays
 * skipped) after the day of assignment, in the office's zone (DESIGN.md rule 8).
 */
final class TaskerDueDates {

	static final int MIN_BUSINESS_DAYS = 1;
	static final int MAX_BUSINESS_DAYS = 60;

	private static final BusinessCalendar CALENDAR = BusinessCalendar.federal();

	private TaskerDueDates() {
	}

	static Instant dueAt(Instant assignedAt, int businessDays) {
		return CALENDAR.dueAt(assignedAt, businessDays);
	}

	static boolean isOverdue(Instant due, Instant now) {
		return CALENDAR.isOverdue(due, now);
	}

	/** The end of a day in the office's zone, for extension requests given as a date. */
	static Instant endOf(LocalDate date) {
		return CALENDAR.endOf(date);
	}

	static LocalDate localDate(Instant instant) {
		return CALENDAR.localDate(instant);
	}

	/** The start of today in the office's zone. */
	static Instant startOfDay(Instant now) {
		return localDate(now).atStartOfDay(CALENDAR.zone()).toInstant();
	}

	/** The start of next Monday in the office's zone: "due this week" means due before it. */
	static Instant startOfNextWeek(Instant now) {
		return localDate(now).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atStartOfDay(CALENDAR.zone()).toInstant();
	}
}
