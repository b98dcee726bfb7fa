package org.casekeep.kernel.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class FederalHolidaysTests {

	private final FederalHolidays standard = FederalHolidays.standard();

	private final FederalHolidays washington = FederalHolidays.washingtonArea();

	private static FederalHoliday holiday(String name, String date, String observed) {
		return new FederalHoliday(name, LocalDate.parse(date), LocalDate.parse(observed));
	}

	private static FederalHoliday holiday(String name, String date) {
		return holiday(name, date, date);
	}

	@Test
	void lists2021AsOpmDoesWithJuneteenthObservedOnFriday18JuneAndNewYear2022OnFriday31December() {
		assertThat(standard.of(2021)).containsExactly(
				holiday("New Year's Day", "2021-01-01"),
				holiday("Birthday of Martin Luther King, Jr.", "2021-01-18"),
				holiday("Washington's Birthday", "2021-02-15"),
				holiday("Memorial Day", "2021-05-31"),
				holiday("Juneteenth National Independence Day", "2021-06-19", "2021-06-18"),
				holiday("Independence Day", "2021-07-04", "2021-07-05"),
				holiday("Labor Day", "2021-09-06"),
				holiday("Columbus Day", "2021-10-11"),
				holiday("Veterans Day", "2021-11-11"),
				holiday("Thanksgiving Day", "2021-11-25"),
				holiday("Christmas Day", "2021-12-25", "2021-12-24"),
				holiday("New Year's Day", "2022-01-01", "2021-12-31"));
	}

	@Test
	void lists2022WithoutItsNewYearsDayBecauseThatWasObservedIn2021() {
		assertThat(standard.of(2022)).containsExactly(
				holiday("Birthday of Martin Luther King, Jr.", "2022-01-17"),
				holiday("Washington's Birthday", "2022-02-21"),
				holiday("Memorial Day", "2022-05-30"),
				holiday("Juneteenth National Independence Day", "2022-06-19", "2022-06-20"),
				holiday("Independence Day", "2022-07-04"),
				holiday("Labor Day", "2022-09-05"),
				holiday("Columbus Day", "2022-10-10"),
				holiday("Veterans Day", "2022-11-11"),
				holiday("Thanksgiving Day", "2022-11-24"),
				holiday("Christmas Day", "2022-12-25", "2022-12-26"));
	}

	@Test
	void lists2023WithNewYearsDayOnSundayObservedMonday2JanuaryAndVeteransDayOnFriday10November() {
		assertThat(standard.of(2023)).containsExactly(
				holiday("New Year's Day", "2023-01-01", "2023-01-02"),
				holiday("Birthday of Martin Luther King, Jr.", "2023-01-16"),
				holiday("Washington's Birthday", "2023-02-20"),
				holiday("Memorial Day", "2023-05-29"),
				holiday("Juneteenth National Independence Day", "2023-06-19"),
				holiday("Independence Day", "2023-07-04"),
				holiday("Labor Day", "2023-09-04"),
				holiday("Columbus Day", "2023-10-09"),
				holiday("Veterans Day", "2023-11-11", "2023-11-10"),
				holiday("Thanksgiving Day", "2023-11-23"),
				holiday("Christmas Day", "2023-12-25"));
	}

	@Test
	void lists2024WithEveryHolidayOnAWeekday() {
		assertThat(standard.of(2024)).containsExactly(
				holiday("New Year's Day", "2024-01-01"),
				holiday("Birthday of Martin Luther King, Jr.", "2024-01-15"),
				holiday("Washington's Birthday", "2024-02-19"),
				holiday("Memorial Day", "2024-05-27"),
				holiday("Juneteenth National Independence Day", "2024-06-19"),
				holiday("Independence Day", "2024-07-04"),
				holiday("Labor Day", "2024-09-02"),
				holiday("Columbus Day", "2024-10-14"),
				holiday("Veterans Day", "2024-11-11"),
				holiday("Thanksgiving Day", "2024-11-28"),
				holiday("Christmas Day", "2024-12-25"));
	}

	@Test
	void lists2025WithoutInaugurationDayOutsideTheWashingtonArea() {
		assertThat(standard.of(2025)).containsExactly(
				holiday("New Year's Day", "2025-01-01"),
				holiday("Birthday of Martin Luther King, Jr.", "2025-01-20"),
				holiday("Washington's Birthday", "2025-02-17"),
				holiday("Memorial Day", "2025-05-26"),
				holiday("Juneteenth National Independence Day", "2025-06-19"),
				holiday("Independence Day", "2025-07-04"),
				holiday("Labor Day", "2025-09-01"),
				holiday("Columbus Day", "2025-10-13"),
				holiday("Veterans Day", "2025-11-11"),
				holiday("Thanksgiving Day", "2025-11-27"),
				holiday("Christmas Day", "2025-12-25"));
	}

	@Test
	void lists2026WithIndependenceDayOnSaturdayObservedFriday3JulyAndThanksgivingOn26November() {
		assertThat(standard.of(2026)).containsExactly(
				holiday("New Year's Day", "2026-01-01"),
				holiday("Birthday of Martin Luther King, Jr.", "2026-01-19"),
				holiday("Washington's Birthday", "2026-02-16"),
				holiday("Memorial Day", "2026-05-25"),
				holiday("Juneteenth National Independence Day", "2026-06-19"),
				holiday("Independence Day", "2026-07-04", "2026-07-03"),
				holiday("Labor Day", "2026-09-07"),
				holiday("Columbus Day", "2026-10-12"),
				holiday("Veterans Day", "2026-11-11"),
				holiday("Thanksgiving Day", "2026-11-26"),
				holiday("Christmas Day", "2026-12-25"));
	}

	@Test
	void lists2027WithChristmasObservedFriday24DecemberAndNewYear2028ObservedFriday31December() {
		assertThat(standard.of(2027)).containsExactly(
				holiday("New Year's Day", "2027-01-01"),
				holiday("Birthday of Martin Luther King, Jr.", "2027-01-18"),
				holiday("Washington's Birthday", "2027-02-15"),
				holiday("Memorial Day", "2027-05-31"),
				holiday("Juneteenth National Independence Day", "2027-06-19", "2027-06-18"),
				holiday("Independence Day", "2027-07-04", "2027-07-05"),
				holiday("Labor Day", "2027-09-06"),
				holiday("Columbus Day", "2027-10-11"),
				holiday("Veterans Day", "2027-11-11"),
				holiday("Thanksgiving Day", "2027-11-25"),
				holiday("Christmas Day", "2027-12-25", "2027-12-24"),
				holiday("New Year's Day", "2028-01-01", "2027-12-31"));
		assertThat(standard.of(2028)).extracting(FederalHoliday::name).doesNotContain("New Year's Day");
	}

	@Test
	void knowsNoJuneteenthBefore2021() {
		assertThat(standard.of(2020)).extracting(FederalHoliday::name)
			.doesNotContain("Juneteenth National Independence Day")
			.hasSize(10);
		assertThat(standard.isHoliday(LocalDate.of(2020, 6, 19))).isFalse();
	}

	@Test
	void answersWhetherADayIsObservedAsAHoliday() {
		assertThat(standard.isHoliday(LocalDate.of(2026, 11, 26))).isTrue();
		assertThat(standard.isHoliday(LocalDate.of(2026, 11, 27))).isFalse();
		assertThat(standard.isHoliday(LocalDate.of(2026, 7, 3))).isTrue();
		assertThat(standard.isHoliday(LocalDate.of(2021, 12, 31))).isTrue();
		assertThat(standard.isHoliday(LocalDate.of(2024, 12, 24))).as("one-off executive order closures are not rules")
			.isFalse();
	}

	@Test
	void reportsAWeekendHolidayOnItsInLieuDayNotOnTheWeekendDay() {
		assertThat(standard.holiday(LocalDate.of(2026, 7, 3)))
			.contains(holiday("Independence Day", "2026-07-04", "2026-07-03"));
		assertThat(standard.holiday(LocalDate.of(2026, 7, 3)).orElseThrow().isObservedInLieu()).isTrue();
		assertThat(standard.holiday(LocalDate.of(2026, 7, 4))).isEmpty();
		assertThat(standard.holiday(LocalDate.of(2021, 12, 31)))
			.contains(holiday("New Year's Day", "2022-01-01", "2021-12-31"));
		assertThat(standard.holiday(LocalDate.of(2022, 1, 1))).isEmpty();
		assertThat(standard.holiday(LocalDate.of(2027, 12, 24)))
			.contains(holiday("Christmas Day", "2027-12-25", "2027-12-24"));
	}

	@Test
	void addsInaugurationDayOnlyInTheWashingtonArea() {
		assertThat(washington.includesInaugurationDay()).isTrue();
		assertThat(standard.includesInaugurationDay()).isFalse();
		assertThat(washington.of(2021)).contains(holiday("Inauguration Day", "2021-01-20"));
		assertThat(washington.isHoliday(LocalDate.of(2021, 1, 20))).isTrue();
		assertThat(standard.isHoliday(LocalDate.of(2021, 1, 20))).isFalse();
		assertThat(washington.of(2022)).isEqualTo(standard.of(2022));
		assertThat(washington.of(2024)).isEqualTo(standard.of(2024));
	}

	@Test
	void listsInauguration2025BesideMartinLutherKingDayOnMonday20JanuaryWithTheStatutoryHolidayFirst() {
		assertThat(washington.of(2025)).startsWith(
				holiday("New Year's Day", "2025-01-01"),
				holiday("Birthday of Martin Luther King, Jr.", "2025-01-20"),
				holiday("Inauguration Day", "2025-01-20"),
				holiday("Washington's Birthday", "2025-02-17"))
			.hasSize(12);
		assertThat(washington.holiday(LocalDate.of(2025, 1, 20))).map(FederalHoliday::name)
			.contains("Birthday of Martin Luther King, Jr.");
	}

	@Test
	void movesInaugurationDayFromSundayToMondayButNotFromSaturdayToFriday() {
		assertThat(washington.of(2013)).contains(holiday("Inauguration Day", "2013-01-20", "2013-01-21"));
		assertThat(washington.of(2029)).contains(holiday("Inauguration Day", "2029-01-20"));
		assertThat(washington.isHoliday(LocalDate.of(2029, 1, 19))).isFalse();
		assertThat(washington.of(2017)).contains(holiday("Inauguration Day", "2017-01-20"));
	}

	@Test
	void countsInaugurationYearsFrom1969EveryFourthYear() {
		assertThat(washington.of(1973)).extracting(FederalHoliday::name).contains("Inauguration Day");
		for (int year = 1971; year <= 2100; year++) {
			boolean inauguration = washington.of(year).stream().anyMatch(h -> h.name().equals("Inauguration Day"));
			assertThat(inauguration).as("Inauguration Day in %d", year).isEqualTo(year % 4 == 1);
		}
	}

	@Test
	void followsTheRulesOf1971To1985WithoutMartinLutherKingDayAndWithVeteransDayInOctoberUntil1977() {
		assertThat(standard.of(1977)).contains(holiday("Veterans Day", "1977-10-24"))
			.extracting(FederalHoliday::name)
			.doesNotContain("Birthday of Martin Luther King, Jr.");
		assertThat(standard.of(1978)).contains(holiday("Veterans Day", "1978-11-11", "1978-11-10"));
		assertThat(standard.of(1985)).extracting(FederalHoliday::name)
			.doesNotContain("Birthday of Martin Luther King, Jr.");
		assertThat(standard.of(1986)).contains(holiday("Birthday of Martin Luther King, Jr.", "1986-01-20"));
	}

	@Test
	void refusesYearsBeforeTheUniformMondayHolidayAct() {
		assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> standard.of(1970))
			.withMessageContaining("1971");
		assertThatExceptionOfType(DateTimeException.class)
			.isThrownBy(() -> standard.isHoliday(LocalDate.of(1970, 12, 25)));
		assertThat(standard.of(1971)).first().isEqualTo(holiday("New Year's Day", "1971-01-01"));
	}

	@Test
	void listsTheHolidaysObservedInARange() {
		assertThat(standard.observedBetween(LocalDate.of(2027, 12, 24), LocalDate.of(2028, 1, 17))).containsExactly(
				holiday("Christmas Day", "2027-12-25", "2027-12-24"),
				holiday("New Year's Day", "2028-01-01", "2027-12-31"),
				holiday("Birthday of Martin Luther King, Jr.", "2028-01-17"));
		assertThat(standard.observedBetween(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1))).isEmpty();
	}

	@Test
	void placesEveryHolidayOnItsRuleAndObservesItOnANearbyWeekdayInEveryYearTo2100() {
		for (int year = 1990; year <= 2100; year++) {
			List<FederalHoliday> holidays = standard.of(year);
			assertThat(holidays).as("%d", year).hasSizeBetween(9, 12).isSortedAccordingTo(
					(a, b) -> a.observed().compareTo(b.observed()));
			Set<LocalDate> observed = holidays.stream().map(FederalHoliday::observed).collect(Collectors.toSet());
			assertThat(observed).as("distinct days off in %d", year).hasSameSizeAs(holidays);
			for (FederalHoliday holiday : holidays) {
				assertThat(holiday.observed().getYear()).isEqualTo(year);
				assertThat(holiday.observed().getDayOfWeek()).as("%s", holiday)
					.isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
				assertThat(Math.abs(holiday.observed().toEpochDay() - holiday.date().toEpochDay())).isLessThanOrEqualTo(1);
				assertThat(standard.holiday(holiday.observed())).contains(holiday);
				checkRule(holiday);
			}
		}
	}

	private static void checkRule(FederalHoliday holiday) {
		LocalDate date = holiday.date();
		switch (holiday.name()) {
			case "New Year's Day" -> assertThat(date.getDayOfYear()).isOne();
			case "Birthday of Martin Luther King, Jr." -> assertRule(date, Month.JANUARY, DayOfWeek.MONDAY, 15, 21);
			case "Washington's Birthday" -> assertRule(date, Month.FEBRUARY, DayOfWeek.MONDAY, 15, 21);
			case "Memorial Day" -> assertRule(date, Month.MAY, DayOfWeek.MONDAY, 25, 31);
			case "Juneteenth National Independence Day" -> assertThat(date).isEqualTo(LocalDate.of(date.getYear(), 6, 19));
			case "Independence Day" -> assertThat(date).isEqualTo(LocalDate.of(date.getYear(), 7, 4));
			case "Labor Day" -> assertRule(date, Month.SEPTEMBER, DayOfWeek.MONDAY, 1, 7);
			case "Columbus Day" -> assertRule(date, Month.OCTOBER, DayOfWeek.MONDAY, 8, 14);
			case "Veterans Day" -> assertThat(date).isEqualTo(LocalDate.of(date.getYear(), 11, 11));
			case "Thanksgiving Day" -> assertRule(date, Month.NOVEMBER, DayOfWeek.THURSDAY, 22, 28);
			case "Christmas Day" -> assertThat(date).isEqualTo(LocalDate.of(date.getYear(), 12, 25));
			default -> throw new AssertionError("Unexpected holiday " + holiday);
		}
	}

	private static void assertRule(LocalDate date, Month month, DayOfWeek dayOfWeek, int firstDay, int lastDay) {
		assertThat(date.getMonth()).isEqualTo(month);
		assertThat(date.getDayOfWeek()).isEqualTo(dayOfWeek);
		assertThat(date.getDayOfMonth()).isBetween(firstDay, lastDay);
	}
}
