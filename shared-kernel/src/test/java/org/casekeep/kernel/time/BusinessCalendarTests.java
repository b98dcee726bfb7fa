package org.casekeep.kernel.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BusinessCalendarTests {

	private final BusinessCalendar calendar = BusinessCalendar.federal();

	private final BusinessCalendar washington = new BusinessCalendar(FederalHolidays.washingtonArea());

	private static LocalDate date(String text) {
		return LocalDate.parse(text);
	}

	@Test
	void defaultsToStandardHolidaysInWashingtonsTimeZone() {
		assertThat(calendar.holidays()).isSameAs(FederalHolidays.standard());
		assertThat(calendar.zone()).isEqualTo(ZoneId.of("America/New_York"));
		assertThat(washington.zone()).isEqualTo(ZoneId.of("America/New_York"));
		assertThat(washington.holidays()).isSameAs(FederalHolidays.washingtonArea());
	}

	@Test
	void knowsWeekendsAndObservedHolidaysAreNoBusinessDays() {
		assertThat(calendar.isBusinessDay(date("2026-03-06"))).as("Friday").isTrue();
		assertThat(calendar.isBusinessDay(date("2026-03-07"))).as("Saturday").isFalse();
		assertThat(calendar.isBusinessDay(date("2026-03-08"))).as("Sunday").isFalse();
		assertThat(calendar.isBusinessDay(date("2026-11-26"))).as("Thanksgiving").isFalse();
		assertThat(calendar.isBusinessDay(date("2026-07-03"))).as("Independence Day observed").isFalse();
		assertThat(calendar.isBusinessDay(date("2021-01-20"))).as("Inauguration Day elsewhere").isTrue();
		assertThat(washington.isBusinessDay(date("2021-01-20"))).as("Inauguration Day in DC").isFalse();
	}

	@Test
	void makesATaskerReceivedFridayWithThreeBusinessDaysDueWednesday() {
		assertThat(calendar.addBusinessDays(date("2026-03-06"), 3)).isEqualTo(date("2026-03-11"));
	}

	@Test
	void skipsAMondayHolidayAfterAWeekend() {
		assertThat(calendar.addBusinessDays(date("2026-01-16"), 3)).as("over MLK Day").isEqualTo(date("2026-01-22"));
	}

	@Test
	void skipsThanksgiving() {
		assertThat(calendar.addBusinessDays(date("2026-11-24"), 3)).isEqualTo(date("2026-11-30"));
		assertThat(calendar.addBusinessDays(date("2026-11-25"), 1)).isEqualTo(date("2026-11-27"));
	}

	@Test
	void skipsChristmasAndNewYearObservedOnFridays() {
		assertThat(calendar.addBusinessDays(date("2026-12-23"), 2)).isEqualTo(date("2026-12-28"));
		assertThat(calendar.addBusinessDays(date("2027-12-22"), 3)).isEqualTo(date("2027-12-28"));
		assertThat(calendar.addBusinessDays(date("2027-12-30"), 1)).isEqualTo(date("2028-01-03"));
		assertThat(calendar.addBusinessDays(date("2027-12-22"), 7)).isEqualTo(date("2028-01-04"));
	}

	@Test
	void countsFromTheFirstBusinessDayAfterAStartOnAWeekendOrHoliday() {
		assertThat(calendar.addBusinessDays(date("2026-07-04"), 1)).as("from Saturday").isEqualTo(date("2026-07-06"));
		assertThat(calendar.addBusinessDays(date("2026-07-03"), 1)).as("from the holiday").isEqualTo(date("2026-07-06"));
		assertThat(calendar.addBusinessDays(date("2026-07-02"), 1)).isEqualTo(date("2026-07-06"));
	}

	@Test
	void givesTheStartBackForZeroDaysAndRefusesNegativeDays() {
		assertThat(calendar.addBusinessDays(date("2026-03-07"), 0)).isEqualTo(date("2026-03-07"));
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.addBusinessDays(date("2026-03-06"), -1))
			.withMessageContaining("-1");
	}

	@Test
	void addsAWholeYearOfBusinessDays() {
		assertThat(calendar.addBusinessDays(date("2025-12-31"), 250)).isEqualTo(date("2026-12-31"));
		assertThat(calendar.addBusinessDays(date("2026-12-31"), 249)).as("31 Dec 2027 is New Year's Day 2028")
			.isEqualTo(date("2027-12-30"));
	}

	@Test
	void countsBusinessDaysAfterTheFirstDateUpToAndIncludingTheSecond() {
		assertThat(calendar.businessDaysBetween(date("2026-03-06"), date("2026-03-11"))).isEqualTo(3);
		assertThat(calendar.businessDaysBetween(date("2026-03-06"), date("2026-03-06"))).isZero();
		assertThat(calendar.businessDaysBetween(date("2026-03-06"), date("2026-03-08"))).as("to a Sunday").isZero();
		assertThat(calendar.businessDaysBetween(date("2026-11-20"), date("2026-11-27"))).as("Thanksgiving week")
			.isEqualTo(4);
	}

	@Test
	void countsBackwardsAsANegativeNumber() {
		assertThat(calendar.businessDaysBetween(date("2026-03-11"), date("2026-03-06"))).isEqualTo(-3);
		LocalDate a = date("2026-02-10");
		LocalDate b = date("2026-07-15");
		LocalDate c = date("2027-01-05");
		assertThat(calendar.businessDaysBetween(a, b) + calendar.businessDaysBetween(b, c))
			.isEqualTo(calendar.businessDaysBetween(a, c));
		assertThat(calendar.businessDaysBetween(c, a)).isEqualTo(-calendar.businessDaysBetween(a, c));
	}

	@Test
	void counts250BusinessDaysIn2026AndFiscal2026And249In2027() {
		assertThat(calendar.businessDaysBetween(date("2025-12-31"), date("2026-12-31"))).isEqualTo(250);
		FiscalYear fy2026 = new FiscalYear(2026);
		assertThat(calendar.businessDaysBetween(fy2026.start().minusDays(1), fy2026.end())).isEqualTo(250);
		assertThat(calendar.businessDaysBetween(date("2026-12-31"), date("2027-12-31"))).isEqualTo(249);
	}

	@Test
	void losesADayToInaugurationOnlyInTheWashingtonAreaAndNotTwiceWhenItIsAlsoMartinLutherKingDay() {
		assertThat(calendar.businessDaysBetween(date("2020-12-31"), date("2021-12-31"))).isEqualTo(249);
		assertThat(washington.businessDaysBetween(date("2020-12-31"), date("2021-12-31"))).isEqualTo(248);
		assertThat(calendar.businessDaysBetween(date("2024-12-31"), date("2025-12-31"))).isEqualTo(250);
		assertThat(washington.businessDaysBetween(date("2024-12-31"), date("2025-12-31"))).isEqualTo(250);
		assertThat(washington.addBusinessDays(date("2025-01-17"), 1)).isEqualTo(date("2025-01-21"));
	}

	@Test
	void addsAndCountsBusinessDaysConsistentlyForTenThousandRandomDates() {
		Random random = new Random(6103);
		long first = date("1990-01-01").toEpochDay();
		long last = date("2100-12-31").toEpochDay();
		Set<LocalDate> standardDaysOff = daysOff(calendar.holidays());
		Set<LocalDate> washingtonDaysOff = daysOff(washington.holidays());
		for (int i = 0; i < 10_000; i++) {
			BusinessCalendar cal = i % 4 == 0 ? washington : calendar;
			Set<LocalDate> daysOff = i % 4 == 0 ? washingtonDaysOff : standardDaysOff;
			LocalDate start = LocalDate.ofEpochDay(first + random.nextLong(last - first + 1));
			int days = i % 100 == 0 ? random.nextInt(5_000) : random.nextInt(400);
			LocalDate due = cal.addBusinessDays(start, days);
			String context = cal.holidays() + " " + start + " + " + days + " = " + due;

			assertThat(due).as(context).isEqualTo(stepBusinessDays(daysOff, start, days));
			assertThat(cal.businessDaysBetween(start, due)).as(context).isEqualTo(days);
			assertThat(cal.businessDaysBetween(due, start)).as(context).isEqualTo(-days);
			if (days >= 1) {
				assertThat(cal.isBusinessDay(due)).as(context).isTrue();
				assertThat(cal.businessDaysBetween(start, due.minusDays(1))).as(context).isEqualTo(days - 1);
			}

			LocalDate other = start.plusDays(random.nextInt(1_001) - 500);
			assertThat(cal.businessDaysBetween(start, other)).as("%s between %s and %s", cal.holidays(), start, other)
				.isEqualTo(countBusinessDays(daysOff, start, other));
		}
	}

	/** The observed days of the yearly lists, for a reference that does not go through isHoliday. */
	private static Set<LocalDate> daysOff(FederalHolidays holidays) {
		Set<LocalDate> days = new HashSet<>();
		for (int year = 1980; year <= 2120; year++) {
			holidays.of(year).forEach(holiday -> days.add(holiday.observed()));
		}
		return days;
	}

	/** The obvious way, one day at a time. */
	private static LocalDate stepBusinessDays(Set<LocalDate> daysOff, LocalDate start, int days) {
		LocalDate date = start;
		for (int remaining = days; remaining > 0;) {
			date = date.plusDays(1);
			if (isWeekday(date) && !daysOff.contains(date)) {
				remaining--;
			}
		}
		return date;
	}

	/** The obvious way, one day at a time. */
	private static int countBusinessDays(Set<LocalDate> daysOff, LocalDate from, LocalDate to) {
		int sign = to.isBefore(from) ? -1 : 1;
		LocalDate low = to.isBefore(from) ? to : from;
		LocalDate high = to.isBefore(from) ? from : to;
		int count = 0;
		for (LocalDate date = low.plusDays(1); !date.isAfter(high); date = date.plusDays(1)) {
			if (isWeekday(date) && !daysOff.contains(date)) {
				count++;
			}
		}
		return sign * count;
	}

	private static boolean isWeekday(LocalDate date) {
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	@Test
	void takesTheReceivedDayFromTheOfficesZone() {
		Instant thursdayEveningInWashington = Instant.parse("2026-03-06T03:00:00Z"); // Thu 5 March, 22:00 EST
		assertThat(calendar.localDate(thursdayEveningInWashington)).isEqualTo(date("2026-03-05"));
		assertThat(calendar.dueDate(thursdayEveningInWashington, 1)).isEqualTo(date("2026-03-06"));
		assertThat(new BusinessCalendar(FederalHolidays.standard(), ZoneOffset.UTC)
			.dueDate(thursdayEveningInWashington, 1)).isEqualTo(date("2026-03-09"));
	}

	@Test
	void fallsDueAtTheLastMicrosecondOfTheDueDayInEasternDaylightTimeWhenReceivedInStandardTime() {
		Instant receivedFridayMorningEst = Instant.parse("2026-03-06T15:00:00Z");

		Instant due = calendar.dueAt(receivedFridayMorningEst, 3);

		assertThat(due).isEqualTo(Instant.parse("2026-03-12T03:59:59.999999Z"));
		assertThat(due.atZone(calendar.zone()).toLocalDateTime()).hasToString("2026-03-11T23:59:59.999999");
	}

	@Test
	void fallsDueInEasternStandardTimeWhenReceivedInDaylightTime() {
		Instant receivedFridayMorningEdt = Instant.parse("2026-10-30T14:00:00Z");

		assertThat(calendar.dueAt(receivedFridayMorningEdt, 2)).isEqualTo(Instant.parse("2026-11-04T04:59:59.999999Z"));
	}

	@Test
	void endsDaysOfTwentyThreeAndTwentyFiveHoursAtLocalMidnight() {
		assertThat(Duration.between(calendar.endOf(date("2026-03-07")), calendar.endOf(date("2026-03-08"))))
			.isEqualTo(Duration.ofHours(23));
		assertThat(Duration.between(calendar.endOf(date("2026-10-31")), calendar.endOf(date("2026-11-01"))))
			.isEqualTo(Duration.ofHours(25));
	}

	@Test
	void endsADayFollowedByAMidnightFallBackAtTheSecondMidnightNotTheFirst() {
		// Tehran fell back from 00:00 +04:30 on Friday 22 September 2017 to 23:00 +03:30 on Thursday 21 September.
		BusinessCalendar tehran = new BusinessCalendar(FederalHolidays.standard(), ZoneId.of("Asia/Tehran"));

		assertThat(tehran.endOf(date("2017-09-21"))).isEqualTo(Instant.parse("2017-09-21T20:29:59.999999Z"));
	}

	@Test
	void becomesOverdueFromTheFirstMicrosecondOfTheNextLocalDay() {
		Instant due = calendar.dueAt(Instant.parse("2026-03-06T15:00:00Z"), 3);

		assertThat(calendar.isOverdue(due, due.minusSeconds(3600))).isFalse();
		assertThat(calendar.isOverdue(due, due)).isFalse();
		assertThat(calendar.isOverdue(due, due.plusNanos(500))).as("same microsecond").isFalse();
		assertThat(calendar.isOverdue(due, Instant.parse("2026-03-12T04:00:00Z"))).as("midnight EDT").isTrue();
		assertThat(calendar.isOverdue(due, due.plusSeconds(86_400))).isTrue();
	}
}
