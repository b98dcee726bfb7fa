package org.casekeep.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PageTimesTests {

	private final PageTimes eastern = new PageTimes(PageTimes.DEFAULT_ZONE);

	@Test
	void anInstantIsShownInTheOfficesZoneWithItsAbbreviation() {
		assertThat(eastern.instant(Instant.parse("2026-12-03T19:05:00Z"))).isEqualTo("3 Dec 2026, 14:05 EST");
		assertThat(eastern.instant(Instant.parse("2026-07-01T16:30:00Z"))).isEqualTo("1 Jul 2026, 12:30 EDT");
	}

	@Test
	void theDayOfAnInstantIsTheDayInTheOfficesZoneNotInUtc() {
		// 02:00 UTC on 4 December is still 3 December in Washington.
		assertThat(eastern.date(Instant.parse("2026-12-04T02:00:00Z"))).isEqualTo("3 Dec 2026");
		assertThat(eastern.date(LocalDate.of(2026, 9, 30))).isEqualTo("30 Sep 2026");
	}

	@Test
	void theZoneIsConfigurable() {
		PageTimes pacific = new PageTimes("America/Los_Angeles");
		assertThat(pacific.instant(Instant.parse("2026-12-03T19:05:00Z"))).isEqualTo("3 Dec 2026, 11:05 PST");
		assertThat(new PageTimes("UTC").instant(Instant.parse("2026-12-03T19:05:00Z")))
			.isEqualTo("3 Dec 2026, 19:05 UTC");
	}

	@Test
	void nothingIsShownAsEmptySoTheShellSaysNotRecorded() {
		assertThat(eastern.instant(null)).isEmpty();
		assertThat(eastern.date(null)).isEmpty();
		assertThat(eastern.iso(null)).isEmpty();
	}
}
