package org.casekeep.detention.reports;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.casekeep.kernel.time.BusinessCalendar;
import org.casekeep.kernel.time.ReportingPeriod;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The office's workflow metrics (PIA overview: "aggregated metrics and statistics to assist OIDO in understanding and
 * improving office workflow and efficiency"): per month, how many complaints were triaged and how many days each took
 * from receipt to triage, median and 90th percentile; the same from receipt to resolution (closure). A month is the
 * month the step was taken, in the office's time zone; days are calendar days, with fractions.
 */
@Component
class WorkflowMetrics {

	private record Step(long count, @Nullable Double median, @Nullable Double p90) {
	}

	private final JdbcClient jdbc;

	WorkflowMetrics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The months of the period in which any complaint was triaged or resolved, oldest first. */
	List<MonthlyWorkflow> months(ReportingPeriod period) {
		Map<YearMonth, Step> triage = step("triaged_at", period);
		Map<YearMonth, Step> resolution = step("closed_at", period);
		TreeMap<YearMonth, Boolean> months = new TreeMap<>();
		triage.keySet().forEach(month -> months.put(month, true));
		resolution.keySet().forEach(month -> months.put(month, true));
		List<MonthlyWorkflow> answer = new ArrayList<>();
		Step none = new Step(0, null, null);
		for (YearMonth month : months.keySet()) {
			Step t = triage.getOrDefault(month, none);
			Step r = resolution.getOrDefault(month, none);
			answer.add(new MonthlyWorkflow(month, t.count(), t.median(), t.p90(), r.count(), r.median(), r.p90()));
		}
		return answer;
	}

	/** The column is one of the two step instants of the complaint table, never user input. */
	private Map<YearMonth, Step> step(String column, ReportingPeriod period) {
		String zone = BusinessCalendar.DEFAULT_ZONE.getId();
		Map<YearMonth, Step> steps = new TreeMap<>();
		jdbc.sql("""
				with took as (
				  select to_char(c.%1$s at time zone '%2$s', 'YYYY-MM') as month,
				         extract(epoch from c.%1$s - (c.received_on::timestamp at time zone '%2$s')) / 86400.0 as days
				  from detention.complaint c
				  where c.%1$s >= ? and c.%1$s < ?)
				select month, count(*),
				       percentile_cont(0.5) within group (order by days),
				       percentile_cont(0.9) within group (order by days)
				from took group by month""".formatted(column, zone))
			.params(java.sql.Timestamp.from(period.start()), java.sql.Timestamp.from(period.end()))
			.query(rs -> {
				steps.put(YearMonth.parse(rs.getString(1)),
						new Step(rs.getLong(2), rounded(rs.getDouble(3)), rounded(rs.getDouble(4))));
			});
		return steps;
	}

	/** Days to one decimal; negative spans (received after the step, a data-entry slip) count as 0. */
	private static Double rounded(double days) {
		return Math.max(0, Math.round(days * 10) / 10.0);
	}
}
