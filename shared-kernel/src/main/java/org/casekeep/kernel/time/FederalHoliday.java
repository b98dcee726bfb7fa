package org.casekeep.kernel.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One legal public holiday of one year.
 * <p>
 * {@code observed} is the day federal offices close for it. It differs from {@code date} when the holiday falls on a
 * weekend: New Year's Day 2022 (Saturday 1 January) was observed on Friday 31 December 2021.
 *
 * @param name the name the statute gives it, e.g. {@code "Washington's Birthday"}.
 * @param date the day the holiday falls on by rule.
 * @param observed the day it is observed by federal employees (the day off).
 */
public record FederalHoliday(String name, LocalDate date, LocalDate observed) {

	public FederalHoliday {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(observed, "observed");
	}

	/** Whether the day off is another day than the holiday itself, because the holiday falls on a weekend. */
	public boolean isObservedInLieu() {
		return !date.equals(observed);
	}
}
