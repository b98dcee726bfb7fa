package org.casekeep.correspondence.trackers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One tracker item as it leaves the module, its values released by the kernel's guard (masked for a viewer without
 * the right, the read audited). Values of a field that names a party are kept apart under that party, so that one
 * person's facts are never shown as another's (Correspondence PIA Appendix A, LETS: the constituent apart from the
 * congressional staffer).
 *
 * @param values the values of fields of no particular party, by field name.
 * @param parties the values of each party's fields, by party and field name.
 * @param possibleDuplicates the reference numbers of items that agree with this one on a duplicate set.
 */
record TrackerItemView(UUID id, String type, String reference, String stage, String stageLabel, boolean closed,
		@Nullable String owningComponent, Instant receivedAt, Map<String, @Nullable Object> values,
		Map<String, Map<String, @Nullable Object>> parties, Set<String> maskedFields, List<MilestoneView> milestones,
		List<FlagView> flags, List<StageOption> nextStages, List<String> possibleDuplicates, long version) {

	/** A milestone: when it is due, whether its stage was reached, whether it is late. */
	record MilestoneView(String code, String label, @Nullable LocalDate due, @Nullable Instant reachedAt,
			boolean overdue) {
	}

	record FlagView(String code, String label) {
	}

	/** A stage the item may move to next. */
	record StageOption(String code, String label) {
	}

	/** One row of a tracker's list: no more than the fields its type shows in lists, released like an item. */
	record Row(UUID id, String reference, String stage, String stageLabel, Instant receivedAt,
			@Nullable LocalDate nextDue,
			boolean overdue, List<FlagView> flags, Map<String, @Nullable Object> values, Set<String> maskedFields) {
	}

	/**
	 * A tracker's summary for a month (Appendix A, OPQ: monthly summary reports for senior leadership; RAMS: metrics on
	 * the progress of regulatory actions). Counts only: no personal data.
	 */
	record Summary(String type, String month, long received, Map<String, Long> byStage, long closed,
			long overdue, @Nullable Double averageBusinessDaysToClose) {
	}
}
