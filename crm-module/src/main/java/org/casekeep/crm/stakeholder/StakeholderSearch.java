package org.casekeep.crm.stakeholder;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Search criteria for stakeholders, each optional, normalised for the query: a blank name is none, a state is its
 * upper-case USPS code, an issue is its code.
 */
public record StakeholderSearch(@Nullable String name, @Nullable String issue, @Nullable String state) {

	public static StakeholderSearch of(@Nullable String name, @Nullable Issue issue, @Nullable String state) {
		String typedState = blankToNull(state);
		return new StakeholderSearch(blankToNull(name), issue == null ? null : issue.code(),
				typedState == null ? null : typedState.toUpperCase(Locale.ROOT));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
