package org.casekeep.correspondence.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.casekeep.correspondence.taskers.TaskerDueDates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which due dates are "due within N business days" for the reminders, and how days are written in notices. */
class TaskerReminderWindowTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Test
	void twoBusinessDaysFromAFridayHoldTheFollowingTuesdayButNotWednesday() {
		Instant friday = ZonedDateTime.of(2026, 12, 4, 9, 0, 0, 0, NEW_YORK).toInstant();
		Instant horizon = TaskerReminders.horizon(friday, 2);
		assertThat(TaskerDueDates.endOf(LocalDate.of(2026, 12, 8))).isBefore(horizon);
		assertThat(TaskerDueDates.endOf(LocalDate.of(2026, 12, 9))).isAfter(horizon);
	}

	@Test
	void thanksgivingIsNotCountedAsABusinessDay() {
		Instant wednesday = ZonedDateTime.of(2026, 11, 25, 16, 0, 0, 0, NEW_YORK).toInstant();
		Instant horizon = TaskerReminders.horizon(wednesday, 2);
		// Thu 26 Nov is Thanksgiving: Fri 27 and Mon 30 are the two business days.
		assertThat(TaskerDueDates.endOf(LocalDate.of(2026, 11, 30))).isBefore(horizon);
		assertThat(TaskerDueDates.endOf(LocalDate.of(2026, 12, 1))).isAfter(horizon);
	}

	@Test
	void lateInTheEveningInNewYorkStillCountsFromThatDay() {
		// 23:30 on Monday in New York is already Tuesday in UTC.
		Instant monday = ZonedDateTime.of(2026, 12, 7, 23, 30, 0, 0, NEW_YORK).toInstant();
		Instant horizon = TaskerReminders.horizon(monday, 1);
		assertThat(TaskerDueDates.endOf(LocalDate.of(2026, 12, 8))).isBefore(horizon);
		assertThat(TaskerDueDates.endOf(LocalDate.of(2026, 12, 9))).isAfter(horizon);
	}

	@Test
	void daysAreWrittenInFull() {
		assertThat(TaskerReminders.day(LocalDate.of(2026, 12, 1))).isEqualTo("Tuesday 1 December 2026");
	}
}
