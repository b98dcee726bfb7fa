package org.casekeep.detention.reports;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * One month of the office's workflow metrics (PIA overview): complaints triaged and resolved that month, and the
 * days each took from the day received, median and 90th percentile; {@code null} in a month without that step.
 */
public record MonthlyWorkflow(YearMonth month, long triaged, @Nullable Double triageMedianDays,
		@Nullable Double triageP90Days, long resolved, @Nullable Double resolutionMedianDays,
		@Nullable Double resolutionP90Days) {

	/** The month in words, e.g. March 2026. */
	public String label() {
		return ReportDimension.MONTH.label(month.toString());
	}
}
