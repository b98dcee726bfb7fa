package org.casekeep.kernel.retention.approval;

import java.time.LocalDate;
import java.time.Period;

import org.casekeep.kernel.retention.RetentionSchedule;
import org.jspecify.annotations.Nullable;

/**
 * A schedule as NARA approved it, as a records officer enters it; every part is checked by
 * {@link ScheduleApprovals#enter}, which names each one missing or wrong.
 *
 * @param authority the disposition authority number, e.g. {@code DAA-0563-2027-0004}.
 * @param kind {@link RetentionSchedule.Kind#AFTER_ANCHOR} or {@link RetentionSchedule.Kind#FISCAL_YEAR_CUTOFF}.
 * @param anchor the record date the period counts from.
 * @param period how long after the anchor (or the fiscal-year cutoff) records are kept.
 * @param approvedOn the day NARA approved the schedule.
 * @param archiveBeforeRemoval whether each record is archived, and the archive verified, before it is removed
 * (PIA 5.2: "archive and remove"); required, never assumed.
 * @param disposition the schedule's own words for the disposition; {@literal null} or blank to describe it from the
 * rest.
 */
public record ApprovedSchedule(@Nullable String authority, RetentionSchedule.@Nullable Kind kind,
		RetentionSchedule.@Nullable Anchor anchor, @Nullable Period period, @Nullable LocalDate approvedOn,
		@Nullable Boolean archiveBeforeRemoval, @Nullable String disposition) {
}
