package org.casekeep.correspondence.metrics;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.casekeep.correspondence.office.TaskerViewers;
import org.casekeep.correspondence.taskers.TaskerQueries;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.time.ReportingPeriod;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Metrics per assigned component (FEMA ACT, ESTT): answers given, on-time rate and median calendar days to respond.
 * The same item-level visibility filter as every other list and count ({@link TaskerViewers#VISIBLE}) is applied in
 * SQL, so a tasker the caller may not see does not count, and a component known only from such taskers does not
 * appear.
 */
@Service
class TaskerMetrics {


	private static final String SQL = """
			select x.component as component,
			       count(*) as answered,
			       count(*) filter (where x.answered_at <= x.due_at) as on_time,
			       percentile_cont(0.5) within group (
			           order by extract(epoch from (x.answered_at - coalesce(t.assigned_at, t.created_at))) / 86400.0
			       ) as median_days
			from correspondence.tasker t
			join correspondence.tasker_assignment x on x.tasker_id = t.id
			where x.status = 'ANSWERED' and x.answered_at >= :periodStart and x.answered_at < :periodEnd
			  and """ + TaskerViewers.VISIBLE + """

			group by x.component
			order by x.component""";

	private final JdbcClient jdbc;
	private final TaskerQueries taskers;

	TaskerMetrics(JdbcClient jdbc, TaskerQueries taskers) {
		this.jdbc = jdbc;
		this.taskers = taskers;
	}

	/**
	 * The metrics of the period, by default the last 12 months up to today.
	 * @throws org.casekeep.kernel.validation.InvalidInputException naming {@code from} or {@code to} for a reversed
	 * or too long period.
	 */
	@Transactional(readOnly = true)
	public TaskerMetricsReport report(@Nullable LocalDate from, @Nullable LocalDate to) {
		Actor actor = taskers.searcher();
		ReportingPeriod period = ReportingPeriod.of(from, to);
		List<TaskerMetricsReport.ComponentMetrics> rows = jdbc.sql(SQL)
			.param("periodStart", Timestamp.from(period.start()))
			.param("periodEnd", Timestamp.from(period.end()))
			.param("everything", TaskerViewers.seesEverything(actor))
			.param("viewers", TaskerViewers.of(actor))
			.query((rs, n) -> {
				long answered = rs.getLong("answered");
				long onTime = rs.getLong("on_time");
				double median = rs.getDouble("median_days");
				Double medianDays = rs.wasNull() ? null : round(median);
				return new TaskerMetricsReport.ComponentMetrics(rs.getString("component"), answered, onTime,
						answered == 0 ? 0 : round(100.0 * onTime / answered), medianDays);
			})
			.list();
		return new TaskerMetricsReport(period.from(), period.to(), TaskerMetricsReport.CALENDAR_DAYS, rows);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
