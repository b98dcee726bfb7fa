package org.casekeep.detention.reports;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts complaints received in a period by one or two dimensions, in the database: one grouped query, so a report
 * over hundreds of thousands of complaints reads a few hundred numbers, never a record.
 */
@Component
class ComplaintCounts {

	/** The count of one combination of values. {@code column} is {@code ""} when there is no column dimension. */
	record Count(String row, String column, long count) {
	}

	private final JdbcClient jdbc;

	ComplaintCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The non-zero counts of complaints received from {@code from} to {@code to}, both included. */
	List<Count> counts(ReportDimension rows, @Nullable ReportDimension columns, LocalDate from, LocalDate to) {
		String joins = rows.join() + "\n" + (columns == null || columns == rows ? "" : columns.join());
		String column = columns == null ? "''" : columns.sql();
		return jdbc.sql("""
				select %s as row_value, %s as column_value, count(*) as n
				from detention.complaint c
				%s
				where c.received_on between ? and ?
				group by 1, 2""".formatted(rows.sql(), column, joins))
			.params(from, to)
			.query((rs, n) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.list();
	}
}
