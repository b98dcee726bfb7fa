package org.casekeep.correspondence.taskers;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.casekeep.kernel.time.BusinessCalendar;

/**
 * Due dates of taskers: the end of the day {@code businessDays} federal business days (weekends and federal holidays
 * skipped) after the day of assignment, in the office's zone (DESIGN.md rule 8).
 */
public final class TaskerDueDates {

	public static final int MIN_BUSINESS_DAYS = 1;
	public static final int MAX_BUSINESS_DAYS = 60;

	private static final BusinessCalendar CALENDAR = BusinessCalendar.federal();

	private TaskerDueDates() {
	}

	public static Instant dueAt(Instant assignedAt, int businessDays) {
		return CALENDAR.dueAt(assignedAt, businessDays);
	}

	public static boolean isOverdue(Instant due, Instant now) {
		return CALENDAR.isOverdue(due, now);
	}

	/** The end of a day in the office's zone, for extension requests given as a date. */
	public static Instant endOf(LocalDate date) {
		return CALENDAR.endOf(date);
	}

	public static LocalDate localDate(Instant instant) {
		return CALENDAR.localDate(instant);
	}

	/** The start of today in the office's zone. */
	public static Instant startOfDay(Instant now) {
		return localDate(now).atStartOfDay(CALENDAR.zone()).toInstant();
	}

	/** The start of next Monday in the office's zone: "due this week" means due before it. */
	public static Instant startOfNextWeek(Instant now) {
		return localDate(now).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atStartOfDay(CALENDAR.zone()).toInstant();
	}
}
