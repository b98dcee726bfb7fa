package org.casekeep.kernel.retention.archive;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.casekeep.kernel.access.PrivacyRoles.CHIEF_PRIVACY_OFFICER;
import static org.casekeep.kernel.access.PrivacyRoles.ISSO;
import static org.casekeep.kernel.access.PrivacyRoles.PLATFORM_ADMIN;
import static org.casekeep.kernel.access.PrivacyRoles.PRIVACY_OFFICER;
import static org.casekeep.kernel.access.PrivacyRoles.RECORDS_OFFICER;

/**
 * The records whose retention ended but that could not be archived, so were kept (fail closed, Detention Ombudsman
 * PIA 5.2): what records officers see until a later attempt archives and removes them. Holds the record type and id and
 * what went wrong, never content.
 */
@Service
public class ArchiveFailures {

	private final JdbcClient jdbc;
	private final AuditTrail auditTrail;

	ArchiveFailures(JdbcClient jdbc, AuditTrail auditTrail) {
		this.jdbc = jdbc;
		this.auditTrail = auditTrail;
	}

	/** A record kept because its archive failed. */
	public record ArchiveFailure(String recordType, String recordId, String scheduleCode, String reason, int attempts,
			Instant firstFailed, Instant lastFailed) {
	}

	/** Who sees failed archives: records officers, and those who read the destruction log. */
	public static boolean mayReview(Actor actor) {
		return actor.hasAnyRole(RECORDS_OFFICER, PRIVACY_OFFICER, CHIEF_PRIVACY_OFFICER, ISSO, PLATFORM_ADMIN);
	}

	/**
	 * Records a failed archive in a transaction of its own, so that it stays recorded while the transaction that tried
	 * to archive and destroy rolls back.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(String recordType, String recordId, String scheduleCode, String reason, Instant now) {
		jdbc.sql("""
				insert into kernel.retention_archive_failure (record_type, record_id, schedule_code, reason, first_failed,
				    last_failed)
				values (?, ?, ?, ?, ?, ?)
				on conflict (record_type, record_id) do update set reason = excluded.reason,
				    schedule_code = excluded.schedule_code, attempts = kernel.retention_archive_failure.attempts + 1,
				    last_failed = excluded.last_failed""")
			.params(recordType, recordId, scheduleCode, reason, Timestamp.from(now), Timestamp.from(now)).update();
	}

	/** Forgets a failure once the record was archived and destroyed, in that transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void resolved(String recordType, String recordId) {
		jdbc.sql("delete from kernel.retention_archive_failure where record_type = ? and record_id = ?")
			.params(recordType, recordId).update();
	}

	/** The records kept because their archive failed, latest failure first; for {@link #mayReview} only. */
	@Transactional(readOnly = true)
	public List<ArchiveFailure> list(int limit) {
		if (!mayReview(Actors.require())) {
			auditTrail.recordIndependently(new AuditEvent(AuditAction.ACCESS_DENIED, "kernel.retention", null, null,
					List.of(), null, "archive failures"));
			throw new AccessDeniedException("Failed archives are shown to records officers and privacy officers");
		}
		return jdbc.sql("""
				select record_type, record_id, schedule_code, reason, attempts, first_failed, last_failed
				from kernel.retention_archive_failure order by last_failed desc limit ?""")
			.param(limit)
			.query((rs, row) -> new ArchiveFailure(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant()))
			.list();
	}
}
