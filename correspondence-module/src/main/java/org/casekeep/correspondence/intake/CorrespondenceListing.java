package org.casekeep.correspondence.intake;

import java.util.Comparator;
import java.util.Map;

import org.casekeep.kernel.web.ListOrders;
import org.casekeep.kernel.web.Sorting;

/**
 * The orders a list of correspondence (search results, lookups, the office's recent records) can be shown in, the
 * same for the page and the API ({@code sort=received}, {@code reference}, {@code subject}, {@code status},
 * {@code office}, each {@code ,asc} or {@code ,desc}); newest first when none is asked for. They order the results the
 * search reads, at most {@value CorrespondenceSearch#SEARCH_LIMIT}.
 */
final class CorrespondenceListing {

	static final ListOrders<CorrespondenceSearch.Result> ORDERS = new ListOrders<>(Map.of(
			"received", Comparator.comparing(CorrespondenceSearch.Result::receivedAt),
			"reference", Comparator.comparing(CorrespondenceSearch.Result::referenceNumber),
			"subject", Comparator.comparing(CorrespondenceSearch.Result::subject, String.CASE_INSENSITIVE_ORDER),
			"status", Comparator.comparing((CorrespondenceSearch.Result r) -> CorrespondenceStatus.valueOf(r.status())),
			"office", Comparator.comparing(CorrespondenceSearch.Result::owningComponent)),
			Comparator.comparing(CorrespondenceSearch.Result::id), new Sorting("received", true));

	private CorrespondenceListing() {
	}
}
