package org.casekeep.detention.complaint;

import java.time.Year;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out case numbers readable by people, {@code OIDO-<year>-<6 digits>} (PIA 2.1: unique case identification
 * number), one after another within a year. The counter row is locked by the update until the caller's transaction
 * ends, so two intakes never get the same number; a rolled-back intake leaves a gap, never a duplicate.
 */
@Component
class CaseNumbers {

	private final JdbcClient jdbc;

	CaseNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	String next(Year year) {
		int number = jdbc.sql("""
				insert into detention.case_number_counter (year, last_number) values (?, 1)
				on conflict (year) do update set last_number = detention.case_number_counter.last_number + 1
				returning last_number""")
			.param(year.getValue()).query(Integer.class).single();
		if (number > 999_999) {
			throw new IllegalStateException("Case numbers of " + year + " are exhausted");
		}
		return "OIDO-%d-%06d".formatted(year.getValue(), number);
	}
}
