package org.casekeep.kernel.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Federal business days — Monday to Friday except {@linkplain FederalHolidays observed holidays} — and the due dates
 * counted in them for an office in a given time zone.
 * <p>
 * Counting follows the usual tasker convention: the day something is received does not count, so a tasker received on
 * a Friday with three business days is due on the Wednesday after, or the Thursday when that Monday is a holiday.
 * <p>
 * A due date becomes a due instant at the <em>end</em> of the due day in the office's zone, defined as the last
 * microsecond before the next local day starts ({@code 23:59:59.999999} local on ordinary days). Microseconds are the
 * precision of a PostgreSQL {@code timestamptz}, so a stored due instant reads back unchanged; taking the start of the
 * next day rather than a fixed clock time stays right on days shortened or lengthened by a daylight-saving change.
 * <p>
 * Immutable and thread-safe.
 *
 * @param holidays the holidays observed by the office.
 * @param zone the office's time zone, in which received instants become days and due days end.
 */
public record BusinessCalendar(FederalHolidays holidays, ZoneId zone) {

	/** The zone of an office unless configured otherwise: Washington, DC. */
	public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/New_York");

	/** A Monday: weekdays are counted in whole weeks from it. */
	private static final long MONDAY_EPOCH_DAY = LocalDate.of(1970, 1, 5).toEpochDay();

	public BusinessCalendar {
		Objects.requireNonNull(holidays, "holidays");
		Objects.requireNonNull(zone, "zone");
	}

	/** A calendar with the given holidays in the {@linkplain #DEFAULT_ZONE default zone}. */
	public BusinessCalendar(FederalHolidays holidays) {
		this(holidays, DEFAULT_ZONE);
	}

	/** The default calendar: {@linkplain FederalHolidays#standard() standard} holidays, {@link #DEFAULT_ZONE}. */
	public static BusinessCalendar federal() {
		return new BusinessCalendar(FederalHolidays.standard(), DEFAULT_ZONE);
	}

	/**
	 * Whether the date is a weekday on which no holiday is observed.
	 *
	 * @throws java.time.DateTimeException if the date is before {@value FederalHolidays#FIRST_YEAR}.
	 */
	public boolean isBusinessDay(LocalDate date) {
		return !isWeekend(date) && !holidays.isHoliday(date);
	}

	/**
	 * The day on which {@code days} business days after {@code start} have passed: the {@code days}-th business day
	 * after it. The start itself never counts, whether or not it is a business day; zero days gives the start back.
	 * <p>
	 * For {@code days ≥ 1} the result is a business day, the earliest date {@code d} with
	 * {@code businessDaysBetween(start, d) == days}.
	 *
	 * @throws IllegalArgumentException if {@code days} is negative.
	 */
	public LocalDate addBusinessDays(LocalDate start, int days) {
		Objects.requireNonNull(start, "start");
		if (days < 0) {
			throw new IllegalArgumentException("Business days to add must not be negative, got " + days);
		}
		LocalDate date = start;
		int remaining = days;
		// Jump whole weeks while that cannot overshoot (a week holds at most five business days), always leaving at
		// least one day to step to, so that the walk below ends on a business day.
		while (remaining > 5) {
			LocalDate next = date.plusWeeks((remaining - 1) / 5);
			remaining -= businessDaysBetween(date, next);
			date = next;
		}
		while (remaining > 0) {
			date = date.plusDays(1);
			if (isBusinessDay(date)) {
				remaining--;
			}
		}
		return date;
	}

	/**
	 * The number of business days after {@code fromExclusive} up to and including {@code toInclusive}; when
	 * {@code toInclusive} is before {@code fromExclusive}, minus the count the other way round. The count is thus a
	 * signed difference: {@code between(a, b) == -between(b, a)}, {@code between(a, a) == 0} and
	 * {@code between(a, b) + between(b, c) == between(a, c)}. From a Friday to the next Wednesday is 3.
	 *
	 * @throws ArithmeticException if the count does not fit an {@code int}.
	 */
	public int businessDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
		Objects.requireNonNull(fromExclusive, "fromExclusive");
		Objects.requireNonNull(toInclusive, "toInclusive");
		if (toInclusive.isBefore(fromExclusive)) {
			return -businessDaysBetween(toInclusive, fromExclusive);
		}
		long weekdays = weekdaysThrough(toInclusive) - weekdaysThrough(fromExclusive);
		long holidaysOnWeekdays = holidays.observedBetween(fromExclusive.plusDays(1), toInclusive)
			.stream()
			.map(FederalHoliday::observed)
			.filter(date -> !isWeekend(date))
			.distinct()
			.count();
		return Math.toIntExact(weekdays - holidaysOnWeekdays);
	}

	/** The office's local date at the instant. */
	public LocalDate localDate(Instant instant) {
		return instant.atZone(zone).toLocalDate();
	}

	/**
	 * The due day of something received at the instant with the given number of business days: the received instant's
	 * local date in the office's zone, plus {@code businessDays} as by {@link #addBusinessDays(LocalDate, int)}.
	 */
	public LocalDate dueDate(Instant receivedAt, int businessDays) {
		return addBusinessDays(localDate(receivedAt), businessDays);
	}

	/**
	 * The instant by which something received at {@code receivedAt} is due: the {@linkplain #endOf(LocalDate) end} of
	 * its {@linkplain #dueDate(Instant, int) due day} in the office's zone.
	 */
	public Instant dueAt(Instant receivedAt, int businessDays) {
		return endOf(dueDate(receivedAt, businessDays));
	}

	/**
	 * The last microsecond of the date in the office's zone: the start of the next local day minus one microsecond.
	 */
	public Instant endOf(LocalDate date) {
		return date.plusDays(1).atStartOfDay(zone).toInstant().minus(1, ChronoUnit.MICROS);
	}

	/**
	 * Whether {@code now} is past {@code due}. Both are compared at microsecond precision, the precision in which due
	 * instants are stored, so a due instant from {@link #dueAt(Instant, int)} is overdue from the first microsecond of
	 * the next local day on, and not within the last microsecond of the due day.
	 */
	public boolean isOverdue(Instant due, Instant now) {
		return now.truncatedTo(ChronoUnit.MICROS).isAfter(due.truncatedTo(ChronoUnit.MICROS));
	}

	private static boolean isWeekend(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}

	/** The number of weekdays from a fixed Monday up to the date, negative before it; only differences matter. */
	private static long weekdaysThrough(LocalDate date) {
		long days = date.toEpochDay() - MONDAY_EPOCH_DAY;
		long weeks = Math.floorDiv(days, 7);
		long dayOfWeek = Math.floorMod(days, 7); // 0 = Monday … 6 = Sunday
		return weeks * 5 + Math.min(dayOfWeek + 1, 5);
	}
}
