package org.casekeep.kernel.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.casekeep.kernel.validation.UnreadableInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The order a list request asks for, the same in every module's pages and API: {@code sort=<key>} or
 * {@code sort=<key>,asc|desc}, where the key is one the list offers (never a column name taken from the request).
 * A page shows its column headers with {@code layout :: sort-header}, which links to the other direction and says
 * the current one with {@code aria-sort}.
 *
 * @param key the order's key, e.g. {@code received}.
 * @param descending whether the order runs from the largest (newest) down.
 */
public record Sorting(String key, boolean descending) {

	/**
	 * The order a request's {@code sort} parameter asks for.
	 * @param keys the keys the list offers.
	 * @param fallback the order when the request names none.
	 * @throws UnreadableInputException (400) naming {@code sort} for an unknown key or direction.
	 */
	public static Sorting of(@Nullable String typed, java.util.Collection<String> keys, Sorting fallback) {
		if (typed == null || typed.isBlank()) {
			return fallback;
		}
		String[] parts = typed.strip().split(",", -1);
		String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
		String key = keys.stream().filter(k -> k.equalsIgnoreCase(parts[0].strip())).findFirst().orElse(null);
		if (key == null || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
			throw new UnreadableInputException("sort", "'sort' must be one of: "
					+ keys.stream().sorted().collect(Collectors.joining(", ")) + ", optionally followed by ,asc or ,desc");
		}
		return new Sorting(key, direction.equals("desc"));
	}

	/** As {@link #of}, for pages: an order the list does not offer falls back instead of failing the page. */
	public static Sorting orFallback(@Nullable String typed, java.util.Collection<String> keys, Sorting fallback) {
		try {
			return of(typed, keys, fallback);
		}
		catch (UnreadableInputException ex) {
			return fallback;
		}
	}

	/** The request parameter that asks for this order, e.g. {@code received,desc}. */
	public String param() {
		return key + (descending ? ",desc" : ",asc");
	}

	/** The {@code sort} a column header links to: the other direction of this order, or the column ascending. */
	public String toggle(String column) {
		return column + (column.equals(key) && !descending ? ",desc" : ",asc");
	}

	/** The {@code aria-sort} of a column header: {@code ascending}, {@code descending} or {@code none}. */
	public String ariaSort(String column) {
		return !column.equals(key) ? "none" : descending ? "descending" : "ascending";
	}

	/**
	 * The rows in this order; rows equal by the key keep the tie-break's order, so that paging never shows a row twice
	 * or skips one.
	 * @param orders the comparator of each key (ascending).
	 * @param tieBreak a total order, e.g. by id.
	 */
	public <T> List<T> sorted(List<T> rows, Map<String, Comparator<T>> orders, Comparator<T> tieBreak) {
		Comparator<T> order = orders.get(key);
		if (order == null) {
			throw new IllegalArgumentException("No order " + key);
		}
		List<T> sorted = new ArrayList<>(rows);
		sorted.sort((descending ? order.reversed() : order).thenComparing(tieBreak));
		return sorted;
	}

	/**
	 * The list's own address with its criteria but without {@code page} and {@code sort}: what the column headers
	 * link to (adding {@code sort}).
	 */
	public static String criteriaLink(HttpServletRequest request) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(Shell.pathWithinApplication(request));
		request.getParameterMap().forEach((name, values) -> {
			if (!name.equals("page") && !name.equals("sort") && !name.startsWith("_")) {
				link.queryParam(name, (Object[]) values);
			}
		});
		return link.build().encode().toUriString();
	}

	/** The list's address with its criteria and this order, without {@code page}: what the page links add to. */
	public String pageLink(String criteriaLink) {
		return UriComponentsBuilder.fromUriString(criteriaLink).replaceQueryParam("sort", param()).build()
			.toUriString();
	}
}
