package org.casekeep.correspondence.intake;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.casekeep.kernel.web.Paging;
import org.casekeep.kernel.web.ResultPage;
import org.casekeep.kernel.web.Sorting;
import org.jspecify.annotations.Nullable;

/**
 * The orders a list of correspondence (search results, lookups, the office's recent records) can be shown in, the
 * same for the page and the API ({@code sort=received}, {@code reference}, {@code subject}, {@code status},
 * {@code office}, each {@code ,asc} or {@code ,desc}); newest first when none is asked for. Ties keep the id order,
 * so that a row never shows on two pages.
 */
final class CorrespondenceListing {

	static final Sorting DEFAULT = new Sorting("received", true);

	static final Map<String, Comparator<CorrespondenceSearch.Result>> ORDERS = Map.of(
			"received", Comparator.comparing(CorrespondenceSearch.Result::receivedAt),
			"reference", Comparator.comparing(CorrespondenceSearch.Result::referenceNumber),
			"subject", Comparator.comparing(CorrespondenceSearch.Result::subject, String.CASE_INSENSITIVE_ORDER),
			"status", Comparator.comparing(r -> CorrespondenceStatus.valueOf(r.status())),
			"office", Comparator.comparing(CorrespondenceSearch.Result::owningComponent));

	private static final Comparator<CorrespondenceSearch.Result> TIE_BREAK =
			Comparator.comparing(CorrespondenceSearch.Result::id);

	private CorrespondenceListing() {
	}

	/** The order a request asks for; 400 naming {@code sort} when it is none of these. */
	static Sorting sorting(@Nullable String sort) {
		return Sorting.of(sort, ORDERS.keySet(), DEFAULT);
	}

	/** The order a page's link asks for; one not offered falls back to the default. */
	static Sorting pageSorting(@Nullable String sort) {
		return Sorting.orFallback(sort, ORDERS.keySet(), DEFAULT);
	}

	static ResultPage<CorrespondenceSearch.Result> page(List<CorrespondenceSearch.Result> all, Sorting sorting,
			Paging paging) {
		return paging.slice(sorting.sorted(all, ORDERS, TIE_BREAK));
	}
}
