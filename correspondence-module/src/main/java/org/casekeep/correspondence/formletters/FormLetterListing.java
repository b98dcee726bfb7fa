package org.casekeep.correspondence.formletters;

import java.util.Comparator;
import java.util.Map;

import org.casekeep.kernel.web.ListOrders;
import org.casekeep.kernel.web.Sorting;

/**
 * The orders the form-letter library can be listed in, the same for the page and the API ({@code sort=name} or
 * {@code office}, each {@code ,asc} or {@code ,desc}); by name when none is asked for.
 */
final class FormLetterListing {

	static final ListOrders<FormLetterView> ORDERS = new ListOrders<>(Map.of(
			"name", Comparator.comparing(FormLetterView::name, String.CASE_INSENSITIVE_ORDER),
			"office", Comparator.comparing(FormLetterView::component)),
			Comparator.comparing(FormLetterView::id), new Sorting("name", false));

	private FormLetterListing() {
	}
}
