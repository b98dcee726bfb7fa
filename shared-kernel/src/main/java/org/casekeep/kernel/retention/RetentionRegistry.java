package org.casekeep.kernel.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.pii.PersonalDataCatalog;
import org.casekeep.kernel.pii.RecordTypeDescriptor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.casekeep.kernel.access.PrivacyRoles.CHIEF_PRIVACY_OFFICER;
import static org.casekeep.kernel.access.PrivacyRoles.ISSO;
import static org.casekeep.kernel.access.PrivacyRoles.PLATFORM_ADMIN;
import static org.casekeep.kernel.access.PrivacyRoles.PRIVACY_OFFICER;

/**
 * Tracks every record's retention: modules tell it the dates that matter when a record is created or changes; it
 * computes the destroy-after date from the schedule the record type is declared under
 * ({@link org.casekeep.kernel.pii.PersonalDataRecord#retention()}), or from the one a user filed the record under
 * where the PIA allows a choice; the sweeper finds what is due. Legal holds stop the clock. Destruction is done by the
 * owning module's {@link RecordDestroyer} and certified here, without PII.
 */
@Service
public class RetentionRegistry {

	private static final String TRACK = """
			insert into kernel.retention_record (record_type, record_id, schedule_code, created_at, last_activity,
			    closed_at, final_decision, destroy_after)
			values (?, ?, ?, ?, ?, ?, ?, ?)
			on conflict (record_type, record_id) do update set schedule_code = excluded.schedule_code,
			    created_at = excluded.created_at, last_activity = excluded.last_activity,
			    closed_at = excluded.closed_at, final_decision = excluded.final_decision,
			    destroy_after = excluded.destroy_after, notified_at = null""";

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final AuditTrail auditTrail;
	private final PersonalDataCatalog catalog;

	RetentionRegistry(JdbcClient jdbc, JdbcTemplate batch, AuditTrail auditTrail, PersonalDataCatalog catalog) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.auditTrail = auditTrail;
		this.catalog = catalog;
	}

	/**
	 * The schedules, by code: reference data seeded by the modules' changelogs; records officers enter the approved
	 * schedule of one kept unscheduled ({@link org.casekeep.kernel.retention.approval.ScheduleApprovals}).
	 */
	@Transactional(readOnly = true)
	public Map<String, RetentionSchedule> schedules() {
		return jdbc.sql("""
				select code, title, authority, disposition, kind, anchor, period, archive_before_removal, approved_on,
				    version
				from kernel.retention_schedule order by code""")
			.query((rs, row) -> new RetentionSchedule(rs.getString("code"), rs.getString("title"),
					rs.getString("authority"), rs.getString("disposition"),
					RetentionSchedule.Kind.valueOf(rs.getString("kind")),
					rs.getString("anchor") == null ? null : RetentionSchedule.Anchor.valueOf(rs.getString("anchor")),
					rs.getString("period") == null ? null : Period.parse(rs.getString("period")),
					rs.getBoolean("archive_before_removal"),
					rs.getObject("approved_on", java.time.LocalDate.class), rs.getLong("version")))
			.list().stream()
			.collect(Collectors.toMap(RetentionSchedule::code, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
	}

	public RetentionSchedule schedule(String code) {
		RetentionSchedule schedule = schedules().get(code);
		if (schedule == null) {
			throw new IllegalArgumentException("Unknown retention schedule " + code);
		}
		return schedule;
	}

	/**
	 * Starts or updates tracking of a record under the schedule its type is declared under, in the caller's
	 * transaction.
	 * @return the computed destroy-after instant, empty while not counting.
	 * @throws IllegalStateException if the type is not declared, or is part of another record (kept with it).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Instant> track(String recordType, String recordId, RetentionFacts facts) {
		return track(recordType, recordId, declaredSchedule(recordType), facts);
	}

	/**
	 * Starts or updates tracking of a record under a schedule chosen for it (records review, where the PIA lets the
	 * office file a record under another schedule), in the caller's transaction.
	 * @return the computed destroy-after instant, empty while not counting.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Instant> track(String recordType, String recordId, String scheduleCode, RetentionFacts facts) {
		Optional<Instant> destroyAfter = schedule(scheduleCode).destroyAfter(facts);
		jdbc.sql(TRACK)
			.params(recordType, recordId, scheduleCode, ts(facts.createdAt()), ts(facts.lastActivityAt()),
					ts(facts.closedAt()), ts(facts.finalDecisionAt()), ts(destroyAfter.orElse(null)))
			.update();
		return destroyAfter;
	}

	/**
	 * Starts tracking many records of one type at once, in the caller's transaction and one round trip (batch
	 * intake); the same as {@link #track} for each.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void trackAll(String recordType, List<Tracked> records) {
		if (records.isEmpty()) {
			return;
		}
		Map<String, RetentionSchedule> schedules = schedules();
		List<Object[]> rows = new ArrayList<>(records.size());
		String declared = declaredSchedule(recordType);
		for (Tracked record : records) {
			String code = record.scheduleCode() == null ? declared : record.scheduleCode();
			RetentionSchedule schedule = schedules.get(code);
			if (schedule == null) {
				throw new IllegalArgumentException("Unknown retention schedule " + code);
			}
			RetentionFacts facts = record.facts();
			rows.add(new Object[] { recordType, record.recordId(), code, ts(facts.createdAt()),
					ts(facts.lastActivityAt()), ts(facts.closedAt()), ts(facts.finalDecisionAt()),
					ts(schedule.destroyAfter(facts).orElse(null)) });
		}
		batch.batchUpdate(TRACK, rows);
	}

	/**
	 * A record to track: its id, the schedule chosen for it ({@literal null} for the one its type is declared under)
	 * and the facts the schedule counts from.
	 */
	public record Tracked(String recordId, @Nullable String scheduleCode, RetentionFacts facts) {

		public Tracked(String recordId, RetentionFacts facts) {
			this(recordId, null, facts);
		}
	}

	/** The schedule a record type is declared under. */
	private String declaredSchedule(String recordType) {
		RecordTypeDescriptor type = catalog.require(recordType);
		if (!type.trackedOnItsOwn()) {
			throw new IllegalStateException(recordType + " is part of " + type.partOf() + " and kept with it: track "
					+ type.partOf() + " instead");
		}
		return type.retention();
	}

	/** The destroy-after instant of a tracked record. */
	@Transactional(readOnly = true)
	public Optional<Instant> destroyAfter(String recordType, String recordId) {
		return jdbc.sql("select destroy_after from kernel.retention_record where record_type = ? and record_id = ?")
			.params(recordType, recordId)
			.query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
			.optional().flatMap(Function.identity());
	}

	/**
	 * Makes a tracked record due for destruction now, for a rule that ends its retention early (for example CRM PIA
	 * 3.2: deleted when its issue is no longer active); the sweeper then destroys and certifies it as usual. A legal
	 * hold still stops it (the sweeper skips held records); a record already due stays due. In the caller's
	 * transaction.
	 * @return whether the record is tracked.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean dueNow(String recordType, String recordId, Instant now) {
		return jdbc.sql("""
				update kernel.retention_record set destroy_after = ?, notified_at = null
				where record_type = ? and record_id = ? and (destroy_after is null or destroy_after > ?)""")
			.params(Timestamp.from(now), recordType, recordId, Timestamp.from(now)).update() > 0
				|| destroyAfter(recordType, recordId).isPresent();
	}

	/** Stops tracking a record the owning module deleted on request (not by retention). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void forget(String recordType, String recordId) {
		jdbc.sql("delete from kernel.retention_record where record_type = ? and record_id = ?")
			.params(recordType, recordId).update();
	}

	/**
	 * Places a legal hold: the record is not destroyed, whatever its schedule says, until the hold is released.
	 * Privacy officers, the Chief Privacy Officer and platform administrators only.
	 */
	@Transactional
	public void placeLegalHold(String recordType, String recordId, String reason) {
		Actor actor = requireRecordsAuthority();
		int updated = jdbc.sql("""
				update kernel.retention_record set legal_hold = true, hold_reason = ?, held_by = ?
				where record_type = ? and record_id = ?""")
			.params(reason, actor.username(), recordType, recordId).update();
		if (updated == 0) {
			throw new IllegalArgumentException("No tracked record " + recordType + " " + recordId);
		}
		auditTrail.record(new AuditEvent(AuditAction.UPDATE, recordType, recordId, null, List.of("legalHold"),
				"legal hold", "hold placed"));
	}

	/**
	 * Releases a legal hold: the record's schedule applies again.
	 * @throws IllegalArgumentException if no such record is tracked (nothing is changed or audited).
	 */
	@Transactional
	public void releaseLegalHold(String recordType, String recordId) {
		requireRecordsAuthority();
		int updated = jdbc.sql("""
				update kernel.retention_record set legal_hold = false, hold_reason = null, held_by = null
				where record_type = ? and record_id = ?""")
			.params(recordType, recordId).update();
		if (updated == 0) {
			throw new IllegalArgumentException("No tracked record " + recordType + " " + recordId);
		}
		auditTrail.record(new AuditEvent(AuditAction.UPDATE, recordType, recordId, null, List.of("legalHold"),
				"legal hold", "hold released"));
	}

	/**
	 * Keeps tracking a record whose period ended but whose destroyer says it must be kept until a later time; the
	 * sweeper announces it again then. Called by {@link RetentionDispatch} in the destroyer's transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void postpone(String recordType, String recordId, Instant until) {
		jdbc.sql("""
				update kernel.retention_record set destroy_after = ?, notified_at = null
				where record_type = ? and record_id = ?""")
			.params(Timestamp.from(until), recordType, recordId).update();
	}

	/**
	 * Certifies that a record whose retention ended was destroyed: logs the destruction (no PII) and stops tracking
	 * the record. Called by {@link RetentionDispatch} in the transaction in which the module's destroyer ran.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void confirmDestroyed(String recordType, String recordId) {
		confirmDestroyed(recordType, recordId, null, null);
	}

	/**
	 * Certifies a destruction as {@link #confirmDestroyed(String, String)} does, naming the archive package written and
	 * verified before it (PIA 5.2: archived and removed), {@literal null} for none.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void confirmDestroyed(String recordType, String recordId, @Nullable String archiveFile,
			@Nullable String archiveSha256) {
		// The owning component is the one the record's own audit entries name (the latest), so that a component's
		// privacy office reviews its destructions without every module telling retention who owns what.
		String component = jdbc.sql("""
				select record_component from kernel.audit_entry
				where record_type = ? and record_id = ? and record_component is not null order by id desc limit 1""")
			.params(recordType, recordId).query(String.class).optional().orElse(null);
		jdbc.sql("""
				insert into kernel.destruction_log (record_type, record_id, owning_component, schedule_code, rule, due_at,
				    destroyed_at, archive_file, archive_sha256)
				select r.record_type, r.record_id, ?, r.schedule_code, s.authority || ': ' || s.disposition, r.destroy_after,
				       now(), ?, ?
				from kernel.retention_record r join kernel.retention_schedule s on s.code = r.schedule_code
				where r.record_type = ? and r.record_id = ?""")
			.params(component, archiveFile, archiveSha256, recordType, recordId).update();
		forget(recordType, recordId);
		auditTrail.record(new AuditEvent(AuditAction.DESTROY, recordType, recordId, component, List.of(), "retention",
				null));
	}

	/** Who may read the destruction log: privacy officers, the Chief Privacy Officer, the ISSO and administrators. */
	public static boolean mayReadDestructionLog(Actor actor) {
		return actor.hasAnyRole(PRIVACY_OFFICER, CHIEF_PRIVACY_OFFICER, ISSO, PLATFORM_ADMIN);
	}

	/**
	 * The latest destructions, for the roles of {@link #mayReadDestructionLog}; a component's privacy officer sees
	 * their own component's only. Anyone else is refused and the refusal audited, whichever page or API asks.
	 */
	@Transactional(readOnly = true)
	public List<DestructionCertificate> destructionLog(@Nullable String recordType, int limit) {
		Actor actor = Actors.require();
		if (!mayReadDestructionLog(actor)) {
			auditTrail.recordIndependently(new AuditEvent(AuditAction.ACCESS_DENIED, "kernel.retention", null, null,
					List.of(), null, "destruction log"));
			throw new AccessDeniedException("The destruction log is for privacy officers, the ISSO and administrators");
		}
		String component = actor.hasAnyRole(CHIEF_PRIVACY_OFFICER, ISSO, PLATFORM_ADMIN) ? null
				: java.util.Objects.requireNonNullElse(actor.component(), "");
		return jdbc.sql("""
				select id, record_type, record_id, owning_component, schedule_code, rule, due_at, destroyed_at,
				    archive_file, archive_sha256
				from kernel.destruction_log
				where (cast(? as text) is null or record_type = ?) and (cast(? as text) is null or owning_component = ?)
				order by id desc limit ?""")
			.params(recordType, recordType, component, component, limit)
			.query((rs, row) -> new DestructionCertificate(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6),
					rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant(),
					rs.getString(9), rs.getString(10)))
			.list();
	}

	/** Who places and releases legal holds: privacy officers, the Chief Privacy Officer and administrators. */
	public static boolean mayPlaceLegalHold(Actor actor) {
		return actor.hasAnyRole(PRIVACY_OFFICER, CHIEF_PRIVACY_OFFICER, PLATFORM_ADMIN);
	}

	private Actor requireRecordsAuthority() {
		Actor actor = Actors.require();
		if (!mayPlaceLegalHold(actor)) {
			auditTrail.recordIndependently(new AuditEvent(AuditAction.ACCESS_DENIED, "kernel.retention", null, null,
					List.of(), null, "legal hold"));
			throw new AccessDeniedException("Legal holds are placed by privacy officers and administrators");
		}
		return actor;
	}

	private static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
