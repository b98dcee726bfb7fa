package org.casekeep.kernel.disclosure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.util.Optional;
import java.util.UUID;

import org.casekeep.kernel.retention.RecordDestroyer;
import org.casekeep.kernel.retention.RetentionFacts;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The accounting of a disclosure is kept five years after the disclosure or as long as the records disclosed,
 * whichever is later (GRS 4.2 item 050, following 5 U.S.C. 552a(c)(2)): tracked from its decision, and kept past the
 * five years while any record it names is still kept.
 */
@Component
class DisclosureRetention implements RecordDestroyer {

	/** How long to wait before asking again when a record disclosed is kept with no date (permanent, unscheduled). */
	static final Period RECHECK = Period.ofYears(1);

	private final JdbcClient jdbc;
	private final RetentionRegistry retention;

	DisclosureRetention(JdbcClient jdbc, RetentionRegistry retention) {
		this.jdbc = jdbc;
		this.retention = retention;
	}

	/** Starts the five years of a decided disclosure. */
	void track(UUID id, Instant decidedAt) {
		retention.track(DisclosureAccounting.RECORD_TYPE, id.toString(), RetentionFacts.created(decidedAt));
	}

	@Override
	public String recordType() {
		return DisclosureAccounting.RECORD_TYPE;
	}

	/** Until the last record disclosed is due for destruction; a year on when one of them has no date. */
	@Override
	public Optional<Instant> keptUntil(String recordId) {
		return jdbc.sql("""
				select bool_or(r.destroy_after is null), max(r.destroy_after)
				from kernel.disclosure_item i
				join kernel.retention_record r on r.record_type = i.record_type and r.record_id = i.record_id
				where i.disclosure_id = ?::uuid""")
			.param(recordId)
			.query((rs, row) -> {
				Instant now = Instant.now();
				if (rs.getObject(1) == null) {
					return Optional.<Instant>empty();
				}
				Timestamp latest = rs.getTimestamp(2);
				if (rs.getBoolean(1) || latest == null) {
					return Optional.of(now.atZone(java.time.ZoneOffset.UTC).plus(RECHECK).toInstant());
				}
				Instant until = latest.toInstant();
				return Optional.of(until.isAfter(now) ? until : now.plus(java.time.Duration.ofDays(1)));
			})
			.single();
	}

	@Override
	public void destroy(String recordId) {
		UUID id = UUID.fromString(recordId);
		jdbc.sql("delete from kernel.disclosure_item where disclosure_id = ?").param(id).update();
		jdbc.sql("delete from kernel.disclosure where id = ?").param(id).update();
	}
}
