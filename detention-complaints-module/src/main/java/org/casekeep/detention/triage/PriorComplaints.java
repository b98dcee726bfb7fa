package org.casekeep.detention.triage;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds earlier complaints about the same detainee (OIDO PIA overview: triage reviews "for previous complaints related
 * to the same detainee"): by A-Number, and, for those without one or with a different spelling, by the same date of
 * birth and a name (or alias) similar by trigrams ({@code pg_trgm}) to the detainee's name or aliases. Answers ids only;
 * what is shown of them passes the kernel's guard.
 */
@Component
class PriorComplaints {

	/**
	 * How similar two names must be, by {@code pg_trgm}'s similarity (0 to 1). "Maria Elena Lopez" and "Lopez, Maria E."
	 * pass; "Jose Hernandez" and "Maria Lopez" do not.
	 */
	static final double NAME_SIMILARITY = 0.4;

	static final int LIMIT = 50;

	private final JdbcClient jdbc;

	PriorComplaints(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<UUID> sameANumber(UUID complaint, String aNumber) {
		return jdbc.sql("""
				select id from detention.complaint where a_number = ? and id <> ? order by created_at desc limit ?""")
			.params(aNumber, complaint, LIMIT).query(UUID.class).list();
	}

	/** Same date of birth, and a similar name: the detainee's name and aliases against the other's name and aliases. */
	List<UUID> similarNameSameBirthDate(UUID complaint, List<String> names, LocalDate dateOfBirth) {
		if (names.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select c.id from detention.complaint c
				where c.date_of_birth = ? and c.id <> ?
				  and exists (select 1 from unnest(array_append(c.detainee_aliases, c.detainee_name)) as other(name),
				                            unnest(cast(? as text[])) as mine(name)
				              where similarity(lower(other.name), lower(mine.name)) >= ?)
				order by c.created_at desc limit ?""")
			.params(dateOfBirth, complaint, names.toArray(String[]::new), NAME_SIMILARITY, LIMIT)
			.query(UUID.class).list();
	}
}
