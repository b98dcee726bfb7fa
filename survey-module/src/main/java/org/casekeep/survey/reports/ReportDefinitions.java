package org.casekeep.survey.reports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a study publishes: its tables, each one to three questions crossed (and the wave, where asked), and the
 * minimum cell its privacy office set. Holds no answer.
 */
@Repository
class ReportDefinitions {

	/** One table of the study's report. */
	record TableDefinition(UUID id, int position, List<UUID> questionIds, boolean byWave) {
	}

	/** The minimum cell set for the study, by whom and when. */
	record MinimumCell(int value, String setBy, Instant setAt) {
	}

	private final JdbcClient jdbc;

	ReportDefinitions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<TableDefinition> tables(UUID studyId) {
		return jdbc.sql("""
				select id, position, question_ids, by_wave from survey.report_table where study_id = ?
				order by position, id""")
			.param(studyId)
			.query((rs, row) -> new TableDefinition(rs.getObject(1, UUID.class), rs.getInt(2),
					List.of((UUID[]) rs.getArray(3).getArray()), rs.getBoolean(4)))
			.list();
	}

	TableDefinition add(UUID studyId, List<UUID> questionIds, boolean byWave) {
		UUID id = UUID.randomUUID();
		int position = jdbc.sql("select coalesce(max(position), 0) + 1 from survey.report_table where study_id = ?")
			.param(studyId).query(Integer.class).single();
		jdbc.sql("insert into survey.report_table (id, study_id, position, question_ids, by_wave) values (?, ?, ?, ?, ?)")
			.params(id, studyId, position, questionIds.toArray(UUID[]::new), byWave)
			.update();
		return new TableDefinition(id, position, List.copyOf(questionIds), byWave);
	}

	boolean remove(UUID studyId, UUID tableId) {
		return jdbc.sql("delete from survey.report_table where study_id = ? and id = ?").params(studyId, tableId)
			.update() == 1;
	}

	Optional<MinimumCell> minimumCell(UUID studyId) {
		return jdbc.sql("select minimum_cell, set_by, set_at from survey.report_policy where study_id = ?")
			.param(studyId)
			.query((rs, row) -> new MinimumCell(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.optional();
	}

	void setMinimumCell(UUID studyId, int value, String setBy, Instant at) {
		jdbc.sql("""
				insert into survey.report_policy (study_id, minimum_cell, set_by, set_at) values (?, ?, ?, ?)
				on conflict (study_id) do update set minimum_cell = excluded.minimum_cell, set_by = excluded.set_by,
				    set_at = excluded.set_at""")
			.params(studyId, value, setBy, Timestamp.from(at))
			.update();
	}
}
