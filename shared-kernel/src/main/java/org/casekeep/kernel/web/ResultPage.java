package org.casekeep.kernel.web;

import java.util.List;

/**
 * One page of a list, and where it stands in the whole: what a list page shows with {@code layout :: pagination}
 * ("Showing 26–50 of 120", previous and next).
 *
 * @param items the rows of this page, in order.
 * @param page this page, from 1.
 * @param size the rows a page holds.
 * @param total the rows of the whole list.
 */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

	public boolean isEmpty() {
		return items.isEmpty();
	}

	/** The position of this page's first row in the whole list, from 1 (0 when there is none). */
	public long firstShown() {
		return items.isEmpty() ? 0 : (long) (page - 1) * size + 1;
	}

	/** The position of this page's last row in the whole list. */
	public long lastShown() {
		return items.isEmpty() ? 0 : firstShown() + items.size() - 1;
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return (long) page * size < total;
	}

	/**
	 * This page as an API answers a list that keeps its shape as a JSON array: the rows as the body, the whole list's
	 * size in {@code X-Total-Count}, and the pages around it in {@code Link} ({@code rel="prev"}, {@code rel="next"}),
	 * built on {@code link}, the request's URL without {@code page}.
	 */
	public org.springframework.http.ResponseEntity<List<T>> asArray(String link) {
		var answer = org.springframework.http.ResponseEntity.ok().header("X-Total-Count", Long.toString(total));
		List<String> links = new java.util.ArrayList<>();
		if (hasPrevious()) {
			links.add("<" + pageOf(link, page - 1) + ">; rel=\"prev\"");
		}
		if (hasNext()) {
			links.add("<" + pageOf(link, page + 1) + ">; rel=\"next\"");
		}
		if (!links.isEmpty()) {
			answer.header(org.springframework.http.HttpHeaders.LINK, String.join(", ", links));
		}
		return answer.body(items);
	}

	private String pageOf(String link, int number) {
		return org.springframework.web.util.UriComponentsBuilder.fromUriString(link)
			.replaceQueryParam("page", number).replaceQueryParam("size", size).build().toUriString();
	}

	/** The number of pages of the whole list (at least 1). */
	public long lastPage() {
		return Math.max(1, (total + size - 1) / size);
	}
}
