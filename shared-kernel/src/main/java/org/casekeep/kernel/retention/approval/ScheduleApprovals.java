package org.casekeep.kernel.retention.approval;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.retention.RetentionFacts;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.kernel.retention.RetentionSchedule;
import org.casekeep.kernel.validation.FieldProblem;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.casekeep.kernel.access.PrivacyRoles.RECORDS_OFFICER;

/**
 * Records officers enter the schedule NARA approved for records kept unscheduled (Detention Ombudsman PIA 1.4, 5.1:
 * "until a schedule is developed, no records will be destroyed"; 5.2: once it is approved, records are archived and
 * removed automatically). The entry is audited, versioned (the version read must be the version changed) and kept in
 * the schedule's history; in the same transaction every record already tracked under the schedule gets its
 * destroy-after date computed from the dates tracked for it, so the sweeper finds those already due at its next run.
 */
@Service
public class ScheduleApprovals {

	/** The record type of schedules in the audit trail. */
	public static final String RECORD_TYPE = "kernel.retention-schedule";

	private static final int BATCH = 1000;

	/** A disposition authority number as NARA issues them: {@code DAA-0563-2027-0004}, {@code N1-563-07-001}. */
	private static final Pattern AUTHORITY = Pattern.compile("[A-Z0-9][A-Z0-9.\\-/ ]{2,59}");

	private static final Period LONGEST = Period.ofYears(100);

	/** NARA was established in 1934: no schedule was approved before. */
	private static final LocalDate FIRST_APPROVAL = LocalDate.of(1934, 6, 19);

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final RetentionRegistry registry;
	private final AuditTrail auditTrail;

	ScheduleApprovals(JdbcClient jdbc, JdbcTemplate batch, RetentionRegistry registry, AuditTrail auditTrail) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.registry = registry;
		this.auditTrail = auditTrail;
	}

	/** Who enters approved schedules: records officers only. */
	public static boolean mayEnter(Actor actor) {
		return actor.hasAnyRole(RECORDS_OFFICER);
	}

	/**
	 * Enters the approved schedule of a schedule kept unscheduled until now, and recomputes the destroy-after date of
	 * every record tracked under it.
	 *
	 * @param version the schedule's version as read; another means somebody changed it since.
	 * @return the schedule as entered and how many tracked records were counted anew.
	 * @throws AccessDeniedException for anyone but a records officer (audited).
	 * @throws RecordNotFoundException if there is no such schedule.
	 * @throws InvalidInputException naming each part missing or wrong; nothing is changed.
	 * @throws WorkflowConflictException if the schedule is not unscheduled any more.
	 * @throws OptimisticLockingFailureException if the version is not the current one.
	 */
	@Transactional
	public Entered enter(String code, ApprovedSchedule approved, long version) {
		Actor actor = Actors.require();
		if (!mayEnter(actor)) {
			auditTrail.recordIndependently(new AuditEvent(AuditAction.ACCESS_DENIED, RECORD_TYPE, code, null,
					List.of(), null, "enter approved schedule"));
			throw new AccessDeniedException("Approved records schedules are entered by records officers");
		}
		RetentionSchedule before = current(code);
		Valid valid = check(approved);
		if (before.version() != version) {
			throw new OptimisticLockingFailureException("Schedule " + code + " is at version " + before.version());
		}
		if (!before.unscheduled()) {
			throw new WorkflowConflictException("Schedule " + code + " already has an approved schedule ("
					+ before.authority() + "). Only a schedule kept unscheduled can have one entered.");
		}
		String disposition = valid.disposition() != null ? valid.disposition()
				: "Approved by NARA on " + valid.approvedOn() + (valid.archive() ? ": archived, then removed." : ": removed.");
		RetentionSchedule after = new RetentionSchedule(code, before.title(), valid.authority(), disposition,
				valid.kind(), valid.anchor(), valid.period(), valid.archive(), valid.approvedOn(), version + 1);
		Instant now = Instant.now();
		int updated = jdbc.sql("""
				update kernel.retention_schedule set authority = ?, disposition = ?, kind = ?, anchor = ?, period = ?,
				    archive_before_removal = ?, approved_on = ?, entered_by = ?, entered_at = ?, version = version + 1
				where code = ? and version = ?""")
			.params(after.authority(), after.disposition(), after.kind().name(), after.anchor().name(),
					after.period().toString(), after.archiveBeforeRemoval(), after.approvedOn(), actor.username(),
					Timestamp.from(now), code, version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Schedule " + code + " was changed meanwhile");
		}
		jdbc.sql("""
				insert into kernel.retention_schedule_history (schedule_code, version, changed_by, changed_at, before_state,
				    after_state)
				values (?, ?, ?, ?, ?, ?)""")
			.params(code, after.version(), actor.username(), Timestamp.from(now), describe(before), describe(after))
			.update();
		int recounted = recount(after);
		auditTrail.record(new AuditEvent(AuditAction.UPDATE, RECORD_TYPE, code, null,
				List.of("authority", "disposition", "kind", "anchor", "period", "archiveBeforeRemoval", "approvedOn"),
				"records schedule", "approved schedule entered; " + recounted + " tracked records counted anew"));
		return new Entered(after, recounted);
	}

	/** The schedule as entered and how many tracked records were counted anew. */
	public record Entered(RetentionSchedule schedule, int recounted) {
	}

	/** The changes of a schedule, oldest first; for records officers and those who read the destruction log. */
	@Transactional(readOnly = true)
	public List<ScheduleChange> history(String code) {
		Actor actor = Actors.require();
		if (!mayEnter(actor) && !RetentionRegistry.mayReadDestructionLog(actor)) {
			auditTrail.recordIndependently(new AuditEvent(AuditAction.ACCESS_DENIED, RECORD_TYPE, code, null,
					List.of(), null, "schedule history"));
			throw new AccessDeniedException("A schedule's history is for records officers and privacy officers");
		}
		return jdbc.sql("""
				select schedule_code, version, changed_by, changed_at, before_state, after_state
				from kernel.retention_schedule_history where schedule_code = ? order by id""")
			.param(code)
			.query((rs, row) -> new ScheduleChange(rs.getString(1), rs.getLong(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6)))
			.list();
	}

	/** The schedule by code. */
	public RetentionSchedule current(String code) {
		RetentionSchedule schedule = registry.schedules().get(code);
		if (schedule == null) {
			throw new RecordNotFoundException(RECORD_TYPE, code);
		}
		return schedule;
	}

	/**
	 * Computes anew the destroy-after date of every record tracked under the schedule from its tracked dates, a batch at
	 * a time in the caller's transaction. A record's legal hold is kept: the sweeper skips held records whatever their
	 * date.
	 */
	private int recount(RetentionSchedule schedule) {
		int recounted = 0;
		String afterType = "";
		String afterId = "";
		while (true) {
			List<Object[]> rows = new ArrayList<>();
			List<String[]> keys = jdbc.sql("""
					select record_type, record_id, created_at, last_activity, closed_at, final_decision
					from kernel.retention_record
					where schedule_code = ? and (record_type, record_id) > (?, ?)
					order by record_type, record_id limit ? for update""")
				.params(schedule.code(), afterType, afterId, BATCH)
				.query((rs, row) -> {
					RetentionFacts facts = new RetentionFacts(instant(rs.getTimestamp(3)), instant(rs.getTimestamp(4)),
							instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)));
					Optional<Instant> due = schedule.destroyAfter(facts);
					rows.add(new Object[] { due.map(Timestamp::from).orElse(null), rs.getString(1), rs.getString(2) });
					return new String[] { rs.getString(1), rs.getString(2) };
				})
				.list();
			if (keys.isEmpty()) {
				return recounted;
			}
			batch.batchUpdate("""
					update kernel.retention_record set destroy_after = ?, notified_at = null
					where record_type = ? and record_id = ?""", rows);
			recounted += keys.size();
			afterType = keys.get(keys.size() - 1)[0];
			afterId = keys.get(keys.size() - 1)[1];
		}
	}

	private record Valid(String authority, RetentionSchedule.Kind kind, RetentionSchedule.Anchor anchor, Period period,
			LocalDate approvedOn, boolean archive, @Nullable String disposition) {
	}

	/** Checks every part, naming each one missing or wrong. */
	private static Valid check(ApprovedSchedule approved) {
		List<FieldProblem> problems = new ArrayList<>();
		String authority = approved.authority() == null ? "" : approved.authority().strip().toUpperCase(java.util.Locale.ROOT);
		if (authority.isEmpty()) {
			problems.add(new FieldProblem("authority", "Enter the disposition authority number NARA gave the schedule"));
		}
		else if (!AUTHORITY.matcher(authority).matches()) {
			problems.add(new FieldProblem("authority",
					"Enter the disposition authority number as NARA wrote it, for example DAA-0563-2027-0004"));
		}
		if (approved.kind() == null || approved.kind() == RetentionSchedule.Kind.UNSCHEDULED) {
			problems.add(new FieldProblem("kind",
					"Choose how the period is counted: after a date of the record, or after the fiscal-year cutoff"));
		}
		if (approved.anchor() == null) {
			problems.add(new FieldProblem("anchor", "Choose the date of the record the period counts from"));
		}
		Period period = approved.period();
		if (period == null || period.isNegative() || period.isZero()) {
			problems.add(new FieldProblem("period", "Enter how long records are kept: at least one day"));
		}
		else if (period.toTotalMonths() > LONGEST.toTotalMonths()) {
			problems.add(new FieldProblem("period", "Enter a period of at most 100 years"));
		}
		LocalDate approvedOn = approved.approvedOn();
		if (approvedOn == null) {
			problems.add(new FieldProblem("approvedOn", "Enter the date NARA approved the schedule"));
		}
		else if (approvedOn.isAfter(LocalDate.now(ZoneOffset.UTC)) || approvedOn.isBefore(FIRST_APPROVAL)) {
			problems.add(new FieldProblem("approvedOn", "Enter the date NARA approved the schedule: not in the future"));
		}
		if (approved.archiveBeforeRemoval() == null) {
			problems.add(new FieldProblem("archiveBeforeRemoval",
					"Choose whether records are archived before they are removed"));
		}
		String disposition = approved.disposition() == null || approved.disposition().isBlank() ? null
				: approved.disposition().strip();
		if (disposition != null && disposition.length() > 1000) {
			problems.add(new FieldProblem("disposition", "Enter at most 1000 characters"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Valid(authority, approved.kind(), approved.anchor(), period, approvedOn,
				approved.archiveBeforeRemoval(), disposition);
	}

	/** A schedule in words for its history. */
	private static String describe(RetentionSchedule schedule) {
		if (schedule.unscheduled()) {
			return "Unscheduled (" + schedule.authority() + "): nothing is destroyed";
		}
		return schedule.authority() + ", approved " + schedule.approvedOn() + ": " + schedule.kind() + ", "
				+ schedule.period() + " after " + schedule.anchor()
				+ (schedule.archiveBeforeRemoval() ? ", archived before removal" : ", removed without archive");
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
