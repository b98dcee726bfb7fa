package org.casekeep.correspondence.taskers;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.casekeep.kernel.web.Paging;
import org.casekeep.kernel.web.ResultPage;
import org.casekeep.kernel.web.Sorting;
import org.jspecify.annotations.Nullable;

/**
 * The orders "my taskers" can be listed in, the same for the page and the API ({@code sort=due}, {@code subject},
 * {@code assignedBy}, {@code status}, each {@code ,asc} or {@code ,desc}); soonest due first when none is asked for.
 * Ties keep the tasker's id order, so that a row never shows on two pages.
 */
final class TaskerListing {

	static final Sorting DEFAULT = new Sorting("due", false);

	static final Map<String, Comparator<TaskerQueries.Summary>> ORDERS = Map.of(
			"due", Comparator.comparing(TaskerQueries.Summary::dueAt),
			"subject", Comparator.comparing((TaskerQueries.Summary t) -> t.subject() == null ? "" : t.subject(),
					String.CASE_INSENSITIVE_ORDER),
			"assignedBy", Comparator.comparing(TaskerQueries.Summary::assigningComponent),
			"status", Comparator.comparing(TaskerQueries.Summary::status));

	private static final Comparator<TaskerQueries.Summary> TIE_BREAK = Comparator.comparing(TaskerQueries.Summary::id);

	private TaskerListing() {
	}

	/** The order a request asks for; 400 naming {@code sort} when it is none of these. */
	static Sorting sorting(@Nullable String sort) {
		return Sorting.of(sort, ORDERS.keySet(), DEFAULT);
	}

	/** The order a page's link asks for; one not offered falls back to the default. */
	static Sorting pageSorting(@Nullable String sort) {
		return Sorting.orFallback(sort, ORDERS.keySet(), DEFAULT);
	}

	static ResultPage<TaskerQueries.Summary> page(List<TaskerQueries.Summary> all, Sorting sorting, Paging paging) {
		return paging.slice(sorting.sorted(all, ORDERS, TIE_BREAK));
	}
}
