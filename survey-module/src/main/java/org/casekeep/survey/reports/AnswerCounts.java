package org.casekeep.survey.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts a study's answers cross-classified by up to three questions and the wave, in one pass over the questions'
 * values: one row per combination that occurs, a question not answered as {@literal null}. Only counts leave the
 * database.
 */
@Repository
class AnswerCounts {

	/** One combination: the wave, each question's value ({@literal null} where not answered), how many answers. */
	record Combination(int wave, List<@Nullable String> values, long count) {
	}

	private final JdbcClient jdbc;

	AnswerCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Combination> count(UUID studyId, List<UUID> questionIds) {
		StringBuilder pivot = new StringBuilder();
		for (int i = 0; i < questionIds.size(); i++) {
			pivot.append(", max(value) filter (where question_id = :q").append(i).append(") as v").append(i);
		}
		StringBuilder columns = new StringBuilder();
		StringBuilder groups = new StringBuilder("a.wave_number");
		for (int i = 0; i < questionIds.size(); i++) {
			columns.append(", p.v").append(i);
			groups.append(", p.v").append(i);
		}
		JdbcClient.StatementSpec statement = jdbc.sql("select a.wave_number" + columns + ", count(*)"
				+ " from survey.answer a left join (select answer_id" + pivot
				+ " from survey.answer_value where question_id = any(:questions) group by answer_id) p"
				+ " on p.answer_id = a.id where a.study_id = :study group by " + groups)
			.param("study", studyId)
			.param("questions", questionIds.toArray(UUID[]::new));
		for (int i = 0; i < questionIds.size(); i++) {
			statement = statement.param("q" + i, questionIds.get(i));
		}
		int k = questionIds.size();
		return statement.query((rs, row) -> {
			List<@Nullable String> values = new ArrayList<>(k);
			for (int i = 0; i < k; i++) {
				values.add(rs.getString(2 + i));
			}
			return new Combination(rs.getInt(1), values, rs.getLong(2 + k));
		}).list();
	}
}
