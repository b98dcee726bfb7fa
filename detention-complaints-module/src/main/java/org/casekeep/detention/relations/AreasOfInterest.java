package org.casekeep.detention.relations;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The areas of interest the office keeps (PIA 2.1), reference data in {@code detention.area_of_interest}. */
@Component
class AreasOfInterest {

	private final JdbcClient jdbc;

	AreasOfInterest(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Code to label, by label. */
	Map<String, String> all() {
		Map<String, String> areas = new LinkedHashMap<>();
		jdbc.sql("select code, label from detention.area_of_interest order by label")
			.query(rs -> {
				areas.put(rs.getString(1), rs.getString(2));
			});
		return areas;
	}

	Set<String> codes() {
		return all().keySet();
	}
}
