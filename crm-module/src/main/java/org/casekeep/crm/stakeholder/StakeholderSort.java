package org.casekeep.crm.stakeholder;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.casekeep.kernel.validation.UnreadableInputException;
import org.casekeep.kernel.web.Option;
import org.jspecify.annotations.Nullable;

/**
 * The orders a list of stakeholders can be sorted in, each with the key a request names it by ({@code sort=owner}).
 * Only these: a sort is never a column name taken from the request. Ties are broken by name, then id, so that paging
 * is stable.
 */
public enum StakeholderSort {

	/** By name (last name, first name for people), A to Z: the default. */
	NAME("name", "Name"),
	/** The most recently contacted first; never contacted last. */
	LAST_CONTACTED("lastContacted", "Last contacted"),
	/** By the owning user's username, A to Z. */
	OWNER("owner", "Owner");

	private final String key;
	private final String label;

	StakeholderSort(String key, String label) {
		this.key = key;
		this.label = label;
	}

	public String key() {
		return key;
	}

	public String getLabel() {
		return label;
	}

	/**
	 * The sort a request names by its key, in any case; {@link #NAME} when it names none.
	 * @throws UnreadableInputException (400) naming {@code sort} for any other key or one this kind cannot sort by.
	 */
	public static StakeholderSort parse(@Nullable String typed, Set<StakeholderSort> allowed) {
		if (typed == null || typed.isBlank()) {
			return NAME;
		}
		return allowed.stream().filter(sort -> sort.key.equalsIgnoreCase(typed.strip())).findFirst()
			.orElseThrow(() -> new UnreadableInputException("sort", "'sort' must be one of: "
					+ allowed.stream().sorted().map(StakeholderSort::key).collect(Collectors.joining(", "))));
	}

	/** The sorts as a page offers them: key and label, in order. */
	public static List<Option> options(Set<StakeholderSort> allowed) {
		return Arrays.stream(values()).filter(allowed::contains).map(sort -> new Option(sort.key, sort.label)).toList();
	}
}
