package org.casekeep.correspondence.metrics;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Response metrics per assigned component over a period, computed over the taskers the viewer may see and nothing
 * else (FEMA ACT, ESTT).
 *
 * @param from first day of the period (inclusive, Eastern time).
 * @param to last day of the period (inclusive, Eastern time).
 * @param daysBasis how the days to respond are counted: calendar days from the tasker's assignment to the answer.
 * @param components one entry per assigned component that answered in the period, by component.
 */
record TaskerMetricsReport(LocalDate from, LocalDate to, String daysBasis, List<ComponentMetrics> components) {

	/** Calendar days, the only basis computed today. */
	public static final String CALENDAR_DAYS = "calendar days";

	/** The largest median among the components (at least 1), so the median chart can scale its bars. */
	public double maxMedianDays() {
		return Math.max(1.0, components.stream().mapToDouble(c -> c.medianDays() == null ? 0 : c.medianDays()).max()
			.orElse(1.0));
	}

	/**
	 * @param component the assigned component.
	 * @param answered assignments of the component answered in the period.
	 * @param onTime of those, answered on or before the assignment's due date.
	 * @param onTimePercent {@code onTime / answered} as a percentage, rounded to one decimal.
	 * @param medianDays median calendar days from assignment to answer, rounded to one decimal.
	 */
	public record ComponentMetrics(String component, long answered, long onTime, double onTimePercent,
			@Nullable Double medianDays) {
	}
}
