package org.casekeep.correspondence.taskers;

import java.util.Comparator;
import java.util.Map;

import org.casekeep.kernel.web.ListOrders;
import org.casekeep.kernel.web.Sorting;

/**
 * The orders "my taskers" can be listed in, the same for the page and the API ({@code sort=due}, {@code subject},
 * {@code assignedBy}, {@code status}, each {@code ,asc} or {@code ,desc}); soonest due first when none is asked for.
 * They order the taskers {@link TaskerQueries#list} reads, the {@value TaskerQueries#LIST_LIMIT} soonest due.
 */
final class TaskerListing {

	static final ListOrders<TaskerQueries.Summary> ORDERS = new ListOrders<>(Map.of(
			"due", Comparator.comparing(TaskerQueries.Summary::dueAt),
			"subject", Comparator.comparing((TaskerQueries.Summary t) -> t.subject() == null ? "" : t.subject(),
					String.CASE_INSENSITIVE_ORDER),
			"assignedBy", Comparator.comparing(TaskerQueries.Summary::assigningComponent),
			"status", Comparator.comparing(TaskerQueries.Summary::status)),
			Comparator.comparing(TaskerQueries.Summary::id), new Sorting("due", false));

	private TaskerListing() {
	}
}
