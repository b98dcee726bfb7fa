package org.casekeep.correspondence.taskers;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Due dates of taskers count federal business days in the office's zone. */
class TaskerDueDateTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Test
	void threeBusinessDaysFromTheWednesdayBeforeThanksgivingEndOnTheFollowingTuesday() {
		Instant assigned = ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, NEW_YORK).toInstant();
		Instant due = TaskerDueDates.dueAt(assigned, 3);
		// Thu 26 Nov (Thanksgiving), Sat 28 and Sun 29 Nov are skipped: Fri 27, Mon 30, Tue 1 Dec.
		assertThat(due.atZone(NEW_YORK).toLocalDateTime())
			.isEqualTo(LocalDateTime.of(2026, 12, 1, 23, 59, 59, 999_999_000));
	}

	@Test
	void aTaskerAssignedLateFridayEveningInNewYorkCountsFromFridayNotFromTheUtcSaturday() {
		Instant assigned = ZonedDateTime.of(2026, 12, 4, 22, 30, 0, 0, NEW_YORK).toInstant();
		assertThat(TaskerDueDates.dueAt(assigned, 1).atZone(NEW_YORK).toLocalDate())
			.isEqualTo(java.time.LocalDate.of(2026, 12, 7));
	}

	@Test
	void aTaskerIsOverdueOnlyFromTheFirstMomentAfterItsDueDay() {
		Instant due = TaskerDueDates.dueAt(ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, NEW_YORK).toInstant(), 3);
		assertThat(TaskerDueDates.isOverdue(due, due)).isFalse();
		assertThat(TaskerDueDates.isOverdue(due, due.plusNanos(1000))).isTrue();
	}
}
