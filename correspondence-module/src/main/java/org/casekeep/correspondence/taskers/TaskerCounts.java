package org.casekeep.correspondence.taskers;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.casekeep.correspondence.office.TaskerViewers;
import org.casekeep.kernel.access.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's counts in one pass over the visible taskers ({@link TaskerViewers#VISIBLE}): grouped by status and by
 * the set of assigned components, with the overdue ones counted alongside, so the status, component and overdue
 * figures come from the same rows and one index scan.
 */
@Component
class TaskerCounts {

	private static final String SQL = "select t.status, t.assigned_components, count(*) as n,"
			+ " count(*) filter (where t.due_at < :now and t.status in ('DRAFT', 'ASSIGNED', 'COMPILED', 'CLEARED'))"
			+ " as overdue from correspondence.tasker t where " + TaskerViewers.VISIBLE
			+ " group by t.status, t.assigned_components";

	private final JdbcClient jdbc;

	TaskerCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	TaskerQueries.Dashboard of(Actor actor, Instant now) {
		List<Row> rows = jdbc.sql(SQL)
			.param("now", Timestamp.from(now))
			.param("everything", TaskerViewers.seesEverything(actor))
			.param("viewers", TaskerViewers.of(actor))
			.query((rs, n) -> new Row(TaskerStatus.valueOf(rs.getString("status")),
					components(rs.getArray("assigned_components")), rs.getLong("n"), rs.getLong("overdue")))
			.list();
		Map<TaskerStatus, Long> byStatus = new EnumMap<>(TaskerStatus.class);
		Map<String, Long> byComponent = new TreeMap<>();
		long overdue = 0;
		long total = 0;
		for (Row row : rows) {
			byStatus.merge(row.status(), row.count(), Long::sum);
			// A tasker counts once under each component it is assigned to; the arrays hold each component once.
			for (String component : row.components()) {
				byComponent.merge(component, row.count(), Long::sum);
			}
			overdue += row.overdue();
			total += row.count();
		}
		return new TaskerQueries.Dashboard(byStatus, byComponent, overdue, total);
	}

	private static String[] components(Array array) throws SQLException {
		try {
			return (String[]) array.getArray();
		}
		finally {
			array.free();
		}
	}

	private record Row(TaskerStatus status, String[] components, long count, long overdue) {
	}
}
