package org.casekeep.kernel.web;

import java.util.List;

import org.casekeep.kernel.validation.UnreadableInputException;
import org.jspecify.annotations.Nullable;

/**
 * Which page of a list a request asks for, the same in every module's pages and API: {@code page} counts from 1,
 * {@code size} is at most {@value #MAX_SIZE} rows. The page shows it with {@code layout :: pagination}.
 *
 * @param page the page, from 1.
 * @param size the rows a page holds.
 */
public record Paging(int page, int size) {

	/** The rows of a page when the request does not say. */
	public static final int DEFAULT_SIZE = 25;

	/** The most rows one page holds, so that no request reads a whole table. */
	public static final int MAX_SIZE = 100;

	/** The first page of the default size. */
	public static final Paging FIRST = new Paging(1, DEFAULT_SIZE);

	/**
	 * The page as a request's {@code page} and {@code size} parameters ask for it, each optional.
	 * @throws UnreadableInputException (400) naming {@code page} or {@code size} when out of range.
	 */
	public static Paging of(@Nullable Integer page, @Nullable Integer size) {
		if (page != null && page < 1) {
			throw new UnreadableInputException("page", "'page' counts from 1");
		}
		if (size != null && (size < 1 || size > MAX_SIZE)) {
			throw new UnreadableInputException("size", "'size' must be from 1 to " + MAX_SIZE);
		}
		return new Paging(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
	}

	/**
	 * The page a page's links ask for, for pages rather than the API: a page number or size out of range is brought
	 * into range (page 1, at most {@value #MAX_SIZE} rows) instead of failing the page.
	 */
	public static Paging clamped(@Nullable Integer page, @Nullable Integer size) {
		int rows = size == null ? DEFAULT_SIZE : Math.clamp(size, 1, MAX_SIZE);
		return new Paging(page == null ? 1 : Math.max(1, page), rows);
	}

	/**
	 * This page of a list already read whole (a bounded list, such as one search's results): the rows of this page
	 * and where it stands. A page past the end shows the last page.
	 */
	public <T> ResultPage<T> slice(List<T> all) {
		int last = Math.max(1, (all.size() + size - 1) / size);
		Paging shown = page > last ? new Paging(last, size) : this;
		int from = (int) Math.min(all.size(), shown.offset());
		return shown.of(all.subList(from, Math.min(all.size(), from + size)), all.size());
	}

	/** The rows before this page, for the query's {@code offset}. */
	public long offset() {
		return (long) (page - 1) * size;
	}

	/** This page of a list of {@code total} rows, holding {@code items}. */
	public <T> ResultPage<T> of(List<T> items, long total) {
		return new ResultPage<>(List.copyOf(items), page, size, total);
	}
}
