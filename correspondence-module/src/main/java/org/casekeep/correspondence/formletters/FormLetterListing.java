package org.casekeep.correspondence.formletters;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.casekeep.kernel.web.Paging;
import org.casekeep.kernel.web.ResultPage;
import org.casekeep.kernel.web.Sorting;
import org.jspecify.annotations.Nullable;

/**
 * The orders the form-letter library can be listed in, the same for the page and the API ({@code sort=name} or
 * {@code office}, each {@code ,asc} or {@code ,desc}); by name when none is asked for, ties in id order.
 */
final class FormLetterListing {

	static final Sorting DEFAULT = new Sorting("name", false);

	static final Map<String, Comparator<FormLetterView>> ORDERS = Map.of(
			"name", Comparator.comparing(FormLetterView::name, String.CASE_INSENSITIVE_ORDER),
			"office", Comparator.comparing(FormLetterView::component));

	private FormLetterListing() {
	}

	/** The order a request asks for; 400 naming {@code sort} when it is none of these. */
	static Sorting sorting(@Nullable String sort) {
		return Sorting.of(sort, ORDERS.keySet(), DEFAULT);
	}

	/** The order a page's link asks for; one not offered falls back to the default. */
	static Sorting pageSorting(@Nullable String sort) {
		return Sorting.orFallback(sort, ORDERS.keySet(), DEFAULT);
	}

	static ResultPage<FormLetterView> page(List<FormLetterView> all, Sorting sorting, Paging paging) {
		return paging.slice(sorting.sorted(all, ORDERS, Comparator.comparing(FormLetterView::id)));
	}
}
