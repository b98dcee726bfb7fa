package org.casekeep.kernel.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FiscalYearTests {

	@Test
	void namesTheFiscalYearAfterTheCalendarYearInWhichItEnds() {
		FiscalYear fy2027 = new FiscalYear(2027);

		assertThat(fy2027.start()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(fy2027.end()).isEqualTo(LocalDate.of(2027, 9, 30));
		assertThat(fy2027.cutoff()).isEqualTo(LocalDate.of(2027, 10, 1));
		assertThat(fy2027).hasToString("FY2027");
	}

	@Test
	void puts30SeptemberInTheEndingYearAnd1OctoberInTheNext() {
		assertThat(FiscalYear.of(LocalDate.of(2026, 9, 30))).isEqualTo(new FiscalYear(2026));
		assertThat(FiscalYear.of(LocalDate.of(2026, 10, 1))).isEqualTo(new FiscalYear(2027));
		assertThat(FiscalYear.of(LocalDate.of(2026, 12, 31))).isEqualTo(new FiscalYear(2027));
		assertThat(FiscalYear.of(LocalDate.of(2027, 1, 1))).isEqualTo(new FiscalYear(2027));
		assertThat(FiscalYear.of(LocalDate.of(2027, 9, 30))).isEqualTo(new FiscalYear(2027));
	}

	@Test
	void readsAnInstantInUtcUnlessGivenAZone() {
		Instant eveningOf30SeptemberInWashington = Instant.parse("2026-10-01T01:30:00Z");

		assertThat(FiscalYear.of(eveningOf30SeptemberInWashington)).isEqualTo(new FiscalYear(2027));
		assertThat(FiscalYear.of(eveningOf30SeptemberInWashington, ZoneId.of("America/New_York")))
			.isEqualTo(new FiscalYear(2026));
		assertThat(FiscalYear.of(Instant.parse("2026-09-30T23:59:59.999999Z"))).isEqualTo(new FiscalYear(2026));
	}

	@Test
	void containsItsFirstAndLastDayOnly() {
		FiscalYear fy2027 = new FiscalYear(2027);

		assertThat(fy2027.contains(LocalDate.of(2026, 10, 1))).isTrue();
		assertThat(fy2027.contains(LocalDate.of(2027, 9, 30))).isTrue();
		assertThat(fy2027.contains(LocalDate.of(2026, 9, 30))).isFalse();
		assertThat(fy2027.contains(LocalDate.of(2027, 10, 1))).isFalse();
	}

	@Test
	void stepsAndOrdersByYear() {
		FiscalYear fy2027 = new FiscalYear(2027);

		assertThat(fy2027.next()).isEqualTo(new FiscalYear(2028));
		assertThat(fy2027.previous()).isEqualTo(new FiscalYear(2026));
		assertThat(fy2027.next().start()).isEqualTo(fy2027.cutoff());
		assertThat(fy2027).isLessThan(fy2027.next()).isGreaterThan(fy2027.previous());
	}

	@Test
	void parsesWhatItPrints() {
		assertThat(FiscalYear.parse("FY2027")).isEqualTo(new FiscalYear(2027));
		assertThat(FiscalYear.parse(" fy2027 ")).isEqualTo(new FiscalYear(2027));
		assertThatExceptionOfType(DateTimeParseException.class).isThrownBy(() -> FiscalYear.parse("2027"))
			.withMessage("Fiscal year '2027' is not of the form FY2027");
		assertThatExceptionOfType(DateTimeParseException.class).isThrownBy(() -> FiscalYear.parse("FY27"));
	}

	@Test
	void refusesYearsOutsideTheRangeOfDates() {
		assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> new FiscalYear(Integer.MAX_VALUE));
		assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> FiscalYear.of(LocalDate.MAX));
	}

}
