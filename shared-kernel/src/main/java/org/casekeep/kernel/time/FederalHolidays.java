package org.casekeep.kernel.time;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.temporal.TemporalAdjusters.dayOfWeekInMonth;
import static java.time.temporal.TemporalAdjusters.lastInMonth;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The legal public holidays of 5 U.S.C. 6103, computed by rule for any year from {@value #FIRST_YEAR} on, and the days
 * on which federal employees observe them.
 * <p>
 * The holidays of 6103(a) are New Year's Day (1 January), Birthday of Martin Luther King, Jr. (third Monday of
 * January, since 1986), Washington's Birthday (third Monday of February), Memorial Day (last Monday of May), Juneteenth
 * National Independence Day (19 June, since 2021), Independence Day (4 July), Labor Day (first Monday of September),
 * Columbus Day (second Monday of October), Veterans Day (11 November; the fourth Monday of October from 1971 to
 * 1977), Thanksgiving Day (fourth Thursday of November) and Christmas Day (25 December).
 * <p>
 * Observance follows 6103(b) and Executive Order 11582 for employees on a Monday–Friday schedule: a holiday on a
 * Saturday is observed the Friday before, one on a Sunday the Monday after. New Year's Day on a Saturday is therefore
 * observed on 31 December of the year before, and {@link #of(int)} lists it in that year.
 * <p>
 * Inauguration Day (6103(c): 20 January of every fourth year after 1965, the Monday after when it falls on a Sunday,
 * not moved when it falls on a Saturday) is a holiday only for employees in the District of Columbia, Montgomery and
 * Prince George's Counties in Maryland, Arlington and Fairfax Counties in Virginia and the cities of Alexandria and
 * Fairfax: only {@link #washingtonArea()} includes it. When it coincides with another holiday (20 January 2025 was
 * also the Birthday of Martin Luther King, Jr.) both are listed, and the statutory holiday comes first.
 * <p>
 * Not included: extra days off granted by executive order for one year only (e.g. 24 December 2024), closures for
 * weather or emergencies, and the in-lieu rules for employees whose basic workweek is not Monday to Friday.
 * <p>
 * Years before {@value #FIRST_YEAR}, when the Uniform Monday Holiday Act and Executive Order 11582 took effect and the
 * holidays fell on other days, are refused with a {@link DateTimeException} rather than answered wrongly. Instances
 * are immutable and thread-safe.
 */
public final class FederalHolidays {

	/** The first year whose holidays are computed: the Uniform Monday Holiday Act took effect on 1 January 1971. */
	public static final int FIRST_YEAR = 1971;

	private static final FederalHolidays STANDARD = new FederalHolidays(false);

	private static final FederalHolidays WASHINGTON_AREA = new FederalHolidays(true);

	private static final String NEW_YEARS_DAY = "New Year's Day";

	private static final String INAUGURATION_DAY = "Inauguration Day";

	private final boolean inaugurationDay;

	private FederalHolidays(boolean inaugurationDay) {
		this.inaugurationDay = inaugurationDay;
	}

	/** The holidays of 5 U.S.C. 6103(a) observed by federal employees everywhere: the default. */
	public static FederalHolidays standard() {
		return STANDARD;
	}

	/** The {@linkplain #standard() standard} holidays plus Inauguration Day, for offices in the Washington, DC area. */
	public static FederalHolidays washingtonArea() {
		return WASHINGTON_AREA;
	}

	/** Whether Inauguration Day is a holiday in this calendar. */
	public boolean includesInaugurationDay() {
		return inaugurationDay;
	}

	/**
	 * Whether federal offices are closed for a holiday on the date, i.e. whether a holiday is <em>observed</em> on it.
	 * A holiday falling on a weekend makes its in-lieu Friday or Monday a holiday, not the weekend day itself (which is
	 * no business day anyway); Inauguration Day on a Saturday stays on that Saturday.
	 *
	 * @throws DateTimeException if the date lies before {@value #FIRST_YEAR}.
	 */
	public boolean isHoliday(LocalDate date) {
		return holiday(date).isPresent();
	}

	/**
	 * The holiday observed on the date, if any; the statutory one when Inauguration Day coincides with another.
	 *
	 * @throws DateTimeException if the date lies before {@value #FIRST_YEAR}.
	 * @see #isHoliday(LocalDate)
	 */
	public Optional<FederalHoliday> holiday(LocalDate date) {
		Objects.requireNonNull(date, "date");
		checkYear(date.getYear());
		Optional<FederalHoliday> found = firstObservedOn(byRule(date.getYear()), date);
		if (found.isEmpty() && date.getMonth() == Month.DECEMBER && date.getDayOfMonth() == 31) {
			found = firstObservedOn(byRule(date.getYear() + 1), date);
		}
		return found;
	}

	/**
	 * The holidays whose observed day falls in the year, sorted by observed day. New Year's Day of the next year belongs
	 * here when it is observed on 31 December, and is missing from the next year.
	 *
	 * @throws DateTimeException if the year is before {@value #FIRST_YEAR}.
	 */
	public List<FederalHoliday> of(int year) {
		checkYear(year);
		List<FederalHoliday> holidays = new ArrayList<>(13);
		for (FederalHoliday holiday : byRule(year)) {
			if (holiday.observed().getYear() == year) {
				holidays.add(holiday);
			}
		}
		for (FederalHoliday holiday : byRule(year + 1)) {
			if (holiday.observed().getYear() == year) {
				holidays.add(holiday);
			}
		}
		// Stable sort: holidays observed on the same day keep statutory order, Inauguration Day last.
		holidays.sort(Comparator.comparing(FederalHoliday::observed));
		return List.copyOf(holidays);
	}

	/**
	 * The holidays observed from {@code fromInclusive} to {@code toInclusive}, sorted by observed day; empty when
	 * {@code toInclusive} is before {@code fromInclusive}.
	 *
	 * @throws DateTimeException if the range starts before {@value #FIRST_YEAR}.
	 */
	public List<FederalHoliday> observedBetween(LocalDate fromInclusive, LocalDate toInclusive) {
		Objects.requireNonNull(fromInclusive, "fromInclusive");
		Objects.requireNonNull(toInclusive, "toInclusive");
		if (toInclusive.isBefore(fromInclusive)) {
			return List.of();
		}
		List<FederalHoliday> holidays = new ArrayList<>();
		for (int year = fromInclusive.getYear(); year <= toInclusive.getYear(); year++) {
			for (FederalHoliday holiday : of(year)) {
				if (!holiday.observed().isBefore(fromInclusive) && !holiday.observed().isAfter(toInclusive)) {
					holidays.add(holiday);
				}
			}
		}
		return List.copyOf(holidays);
	}

	@Override
	public String toString() {
		return inaugurationDay ? "FederalHolidays[washingtonArea]" : "FederalHolidays[standard]";
	}

	/** The holidays falling in the year by rule (some observed in the year before), in statutory order. */
	private List<FederalHoliday> byRule(int year) {
		List<FederalHoliday> holidays = new ArrayList<>(12);
		holidays.add(statutory(NEW_YEARS_DAY, LocalDate.of(year, 1, 1)));
		if (year >= 1986) {
			holidays.add(statutory("Birthday of Martin Luther King, Jr.", nth(3, MONDAY, year, Month.JANUARY)));
		}
		holidays.add(statutory("Washington's Birthday", nth(3, MONDAY, year, Month.FEBRUARY)));
		holidays.add(statutory("Memorial Day", LocalDate.of(year, Month.MAY, 1).with(lastInMonth(MONDAY))));
		if (year >= 2021) {
			holidays.add(statutory("Juneteenth National Independence Day", LocalDate.of(year, 6, 19)));
		}
		holidays.add(statutory("Independence Day", LocalDate.of(year, 7, 4)));
		holidays.add(statutory("Labor Day", nth(1, MONDAY, year, Month.SEPTEMBER)));
		holidays.add(statutory("Columbus Day", nth(2, MONDAY, year, Month.OCTOBER)));
		holidays.add(statutory("Veterans Day",
				year <= 1977 ? nth(4, MONDAY, year, Month.OCTOBER) : LocalDate.of(year, 11, 11)));
		holidays.add(statutory("Thanksgiving Day", nth(4, THURSDAY, year, Month.NOVEMBER)));
		holidays.add(statutory("Christmas Day", LocalDate.of(year, 12, 25)));
		if (inaugurationDay && year > 1965 && (year - 1965) % 4 == 0) {
			LocalDate date = LocalDate.of(year, 1, 20);
			LocalDate observed = date.getDayOfWeek() == DayOfWeek.SUNDAY ? date.plusDays(1) : date;
			holidays.add(new FederalHoliday(INAUGURATION_DAY, date, observed));
		}
		return holidays;
	}

	private static FederalHoliday statutory(String name, LocalDate date) {
		LocalDate observed = switch (date.getDayOfWeek()) {
			case SATURDAY -> date.minusDays(1);
			case SUNDAY -> date.plusDays(1);
			default -> date;
		};
		return new FederalHoliday(name, date, observed);
	}

	private static LocalDate nth(int ordinal, DayOfWeek day, int year, Month month) {
		return LocalDate.of(year, month, 1).with(dayOfWeekInMonth(ordinal, day));
	}

	private static Optional<FederalHoliday> firstObservedOn(List<FederalHoliday> holidays, LocalDate date) {
		for (FederalHoliday holiday : holidays) {
			if (holiday.observed().equals(date)) {
				return Optional.of(holiday);
			}
		}
		return Optional.empty();
	}

	private static void checkYear(int year) {
		if (year < FIRST_YEAR) {
			throw new DateTimeException("Federal holidays are computed from " + FIRST_YEAR
					+ " on (Uniform Monday Holiday Act, Executive Order 11582), not for " + year);
		}
	}
}
