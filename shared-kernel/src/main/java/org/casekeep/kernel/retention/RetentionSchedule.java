package org.casekeep.kernel.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A records schedule (reference data in {@code kernel.retention_schedule}) and the rule that computes a record's
 * destroy-after date from it.
 *
 * @param code e.g. {@code N1_563_07_001}.
 * @param kind how the period is counted.
 * @param anchor the record date the period counts from; {@literal null} for unscheduled records.
 * @param period the retention period; {@literal null} for unscheduled records.
 * @param archiveBeforeRemoval whether each record is written to an archive package, and the package verified, before
 * its module destroys it (Detention Ombudsman PIA 5.2: "archive and remove").
 * @param approvedOn the day NARA approved the schedule, when a records officer entered it; {@literal null} for a
 * schedule seeded by a module's changelog.
 * @param version the optimistic-locking version a change must name.
 */
public record RetentionSchedule(String code, String title, String authority, String disposition, Kind kind,
		@Nullable Anchor anchor, @Nullable Period period, boolean archiveBeforeRemoval, @Nullable LocalDate approvedOn,
		long version) {

	/** A schedule as a module's changelog seeds it: no archive package, not entered by a records officer. */
	public RetentionSchedule(String code, String title, String authority, String disposition, Kind kind,
			@Nullable Anchor anchor, @Nullable Period period) {
		this(code, title, authority, disposition, kind, anchor, period, false, null, 0);
	}

	/** Whether no approved schedule applies yet: records are kept and nothing is destroyed (PIA 5.1). */
	public boolean unscheduled() {
		return kind == Kind.UNSCHEDULED || anchor == null || period == null;
	}

	public enum Kind {
		/** Destroy a period after the anchor date. */
		AFTER_ANCHOR,
		/** Cut off at the end of the fiscal year (30 September) holding the anchor date; destroy a period after. */
		FISCAL_YEAR_CUTOFF,
		/** No approved schedule: keep until one is approved. */
		UNSCHEDULED
	}

	public enum Anchor {
		CREATED, LAST_ACTIVITY, CLOSED, FINAL_DECISION
	}

	/** The instant after which the record is to be destroyed, or empty while it is not yet counting. */
	public Optional<Instant> destroyAfter(RetentionFacts facts) {
		if (unscheduled()) {
			return Optional.empty();
		}
		Instant start = facts.anchor(anchor);
		if (start == null) {
			return Optional.empty();
		}
		LocalDate from = kind == Kind.FISCAL_YEAR_CUTOFF ? fiscalYearCutoff(start)
				: start.atZone(ZoneOffset.UTC).toLocalDate();
		LocalDate due = from.plus(period);
		if (kind == Kind.FISCAL_YEAR_CUTOFF) {
			return Optional.of(due.atStartOfDay(ZoneOffset.UTC).toInstant());
		}
		return Optional.of(start.atZone(ZoneOffset.UTC).with(due).toInstant());
	}

	/**
	 * The cut-off of the fiscal year holding the instant: fiscal years run 1 October – 30 September, so the cut-off is
	 * the 1 October (UTC) that follows it.
	 */
	public static LocalDate fiscalYearCutoff(Instant instant) {
		return org.casekeep.kernel.time.FiscalYear.of(instant).cutoff();
	}
}
