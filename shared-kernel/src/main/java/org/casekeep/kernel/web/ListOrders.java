package org.casekeep.kernel.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;

/**
 * The orders a bounded list (one already read whole, such as a search's hundred newest results) can be shown in, and
 * its pages, the same way on a module's page and in its API: {@code page} from 1, {@code size} up to
 * {@value Paging#MAX_SIZE} (25 by default), {@code sort=<key>[,asc|desc]}. Ties keep the tie-break's order, so that a
 * row never shows on two pages. A page brings bad parameters into range; the API refuses them (400 naming the
 * parameter).
 *
 * @param orders the comparator of each key the list offers, ascending.
 * @param tieBreak a total order, e.g. by id.
 * @param fallback the order when the request names none.
 */
public record ListOrders<T>(Map<String, Comparator<T>> orders, Comparator<T> tieBreak, Sorting fallback) {

	public ListOrders {
		orders = Map.copyOf(orders);
		if (!orders.containsKey(fallback.key())) {
			throw new IllegalArgumentException("The fallback order " + fallback.key() + " is not one of the orders");
		}
	}

	/** The order an API request asks for. @throws org.casekeep.kernel.validation.UnreadableInputException (400). */
	public Sorting sorting(@Nullable String sort) {
		return Sorting.of(sort, orders.keySet(), fallback);
	}

	/** The order a page's link asks for; one the list does not offer is the fallback. */
	public Sorting pageSorting(@Nullable String sort) {
		return Sorting.orFallback(sort, orders.keySet(), fallback);
	}

	/** This page of {@code all} in this order. */
	public ResultPage<T> page(List<T> all, Sorting sorting, Paging paging) {
		return paging.slice(sorting.sorted(all, orders, tieBreak));
	}

	/**
	 * An API's answer: the page as a JSON array, the total in {@code X-Total-Count}, the pages around in {@code Link}.
	 * @throws org.casekeep.kernel.validation.UnreadableInputException (400) naming {@code page}, {@code size} or
	 * {@code sort} when out of range.
	 */
	public ResponseEntity<List<T>> answer(List<T> all, @Nullable Integer page, @Nullable Integer size,
			@Nullable String sort, HttpServletRequest request) {
		Paging paging = Paging.of(page, size);
		Sorting sorting = sorting(sort);
		return page(all, sorting, paging).asArray(sorting.pageLink(Sorting.criteriaLink(request)));
	}

	/**
	 * Puts this page of {@code all} on a page's model as {@code name}, with what {@code layout :: sort-header} and
	 * {@code layout :: pagination} need: {@code sorting}, {@code sortLink} (the list's URL without sort and page) and
	 * {@code pageLink} (with the sort). Parameters out of range are brought into range.
	 */
	public ResultPage<T> show(Model model, String name, List<T> all, @Nullable Integer page, @Nullable Integer size,
			@Nullable String sort, HttpServletRequest request) {
		Sorting sorting = pageSorting(sort);
		ResultPage<T> shown = page(all, sorting, Paging.clamped(page, size));
		showOrder(model, sorting, Sorting.criteriaLink(request));
		model.addAttribute(name, shown);
		return shown;
	}

	/** What the column headers and page links of a sorted list need, for a list paged elsewhere (in its query). */
	public static void showOrder(Model model, Sorting sorting, String sortLink) {
		model.addAttribute("sorting", sorting);
		model.addAttribute("sortLink", sortLink);
		model.addAttribute("pageLink", sorting.pageLink(sortLink));
	}
}
