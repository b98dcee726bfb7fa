package org.casekeep.correspondence.intake;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.spii.SpiiDetector;
import org.casekeep.kernel.spii.SpiiFinding;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.values.AddressDraft;
import org.casekeep.kernel.values.PhoneNumber;
import org.casekeep.kernel.values.PostalAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Correcting a record (PIA 7.2: inaccurate information is updated by hand, e.g. the spelling of names), by the
 * Executive Secretariat that may change it, with the reason. Each correction is validated exactly as intake validates
 * (one set of rules), audited with the names of the fields changed, and written to the record's correction history:
 * who, when, which fields and why, never a value, so no SPII outlives its correction there. The free texts a
 * correction writes (subject, text, case number, reason) may not bring SPII in: that goes through intake's review.
 */
@Service
public class CorrespondenceCorrection {

	/**
	 * A correction as submitted.
	 *
	 * @param changes the new value of each field corrected ({@link Correspondence#CORRECTABLE}); blank clears it.
	 * @param reason why, required, at most {@value #REASON_MAX} characters.
	 * @param version the record version the user saw, required.
	 */
	public record Request(@Nullable Map<String, @Nullable String> changes, @Nullable String reason,
			@Nullable Long version) {
	}

	/** One line of a record's correction history: never a value. */
	public record Entry(Instant correctedAt, String correctedBy, List<String> fields, String reason) {
	}

	static final int REASON_MAX = 2000;
	private static final Set<String> FREE_TEXT = Set.of("subject", "body", "caseNumber");

	private final CorrespondenceDesk desk;
	private final CorrespondenceRecords records;
	private final AccessPolicy access;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final SpiiDetector spii = new SpiiDetector();

	CorrespondenceCorrection(CorrespondenceDesk desk, CorrespondenceRecords records, AccessPolicy access,
			AuditTrail audit, JdbcClient jdbc) {
		this.desk = desk;
		this.records = records;
		this.access = access;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/**
	 * Applies a correction and records it.
	 *
	 * @return the corrected record, released (masked and audited) for the caller.
	 * @throws InvalidInputException naming each refused field ({@code changes.xyz} for one that cannot be corrected),
	 * {@code reason}, or {@code changes} when nothing would change.
	 * @throws ObjectOptimisticLockingFailureException if the record changed since {@code version}.
	 */
	@Transactional
	public CorrespondenceView correct(UUID id, Request request) {
		Correspondence c = desk.find(id);
		Actor actor = access.check(Operation.UPDATE, desk.facts(c));
		InputCheck check = new InputCheck();
		String reason = check.requiredText("reason", request.reason(), "The reason for the correction", REASON_MAX);
		Map<String, @Nullable String> changes = request.changes() == null ? Map.of() : request.changes();
		if (changes.isEmpty()) {
			check.reject("changes", "Give at least one field to correct");
		}
		for (String field : changes.keySet()) {
			if (!Correspondence.CORRECTABLE.contains(field)) {
				check.reject("changes." + field, "This field cannot be corrected");
			}
			String value = changes.get(field);
			if (FREE_TEXT.contains(field) && value != null) {
				noSpii(check, field, value);
			}
		}
		if (reason != null) {
			noSpii(check, "reason", reason);
		}
		if (request.version() == null) {
			check.reject("version", "The version of the record you corrected is required");
		}
		check.throwIfInvalid();
		if (request.version() != c.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Correspondence.class, id);
		}
		Instant now = desk.now();
		// The same rules as intake: the record as it stands, with the corrections, validated as one draft.
		IntakeValues values = IntakeValues.of(draft(c, changes), false, now);
		List<String> changed = c.correct(values, now);
		if (changed.isEmpty()) {
			throw InvalidInputException.of("changes", "The values given are those already recorded: nothing to correct");
		}
		records.saveAndFlush(c);
		jdbc.sql("""
				insert into correspondence.correction (id, correspondence_id, corrected_at, corrected_by, fields, reason)
				values (:id, :record, :at, :by, cast(:fields as text[]), :reason)""")
			.param("id", UUID.randomUUID())
			.param("record", id)
			.param("at", java.sql.Timestamp.from(now))
			.param("by", actor.username())
			.param("fields", "{" + String.join(",", changed) + "}")
			.param("reason", reason)
			.update();
		audit.record(new AuditEvent(AuditAction.UPDATE, Correspondence.RECORD_TYPE, id.toString(),
				c.getOwningComponent(), changed, CorrespondenceIntake.PURPOSE, "correction"));
		return desk.release(c);
	}

	/** The record's corrections, oldest first, for whoever may read the record. */
	@Transactional(readOnly = true)
	public List<Entry> history(UUID id) {
		Correspondence c = desk.find(id);
		access.check(Operation.READ, desk.facts(c));
		return jdbc.sql("""
				select corrected_at, corrected_by, fields, reason from correspondence.correction
				where correspondence_id = :id order by corrected_at, id""")
			.param("id", id)
			.query((rs, i) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2),
					List.of((String[]) rs.getArray(3).getArray()), rs.getString(4)))
			.list();
	}

	private void noSpii(InputCheck check, String field, String value) {
		List<SpiiFinding> found = spii.scan(value);
		if (!found.isEmpty()) {
			check.reject(field.equals("reason") ? "reason" : "changes." + field, "This holds a "
					+ found.getFirst().kind().label() + ": a correction may not add sensitive information to a text");
		}
	}

	/** The record as an intake draft, with the corrected fields replaced (blank clears). */
	private static IntakeDraft draft(Correspondence c, Map<String, @Nullable String> changes) {
		Map<String, @Nullable String> v = new LinkedHashMap<>();
		for (String field : Correspondence.CORRECTABLE) {
			Object value = c.value(field);
			v.put(field, value instanceof PhoneNumber phone ? raw(phone) : value == null ? null : value.toString());
		}
		v.putAll(changes);
		Arrival arrival = c.getArrival();
		PostalAddress a = c.getAddress();
		return new IntakeDraft(arrival.channel().name(), arrival.intakeMethod().name(), arrival.sourceType().name(),
				v.get("subject"), v.get("body"), arrival.receivedAt().toString(), c.getRetentionSchedule(),
				v.get("prefix"), v.get("firstName"), v.get("middleName"), v.get("lastName"), v.get("suffix"),
				v.get("title"), v.get("organization"), v.get("homePhone"), v.get("businessPhone"),
				v.get("mobilePhone"), v.get("fax"), v.get("email"), v.get("url"),
				c.getAddressKind() == null ? null : c.getAddressKind().name(),
				a == null ? null : new AddressDraft(a.street1(), a.street2(), a.city(), a.state().name(), a.zip()),
				v.get("caseNumber"), v.get("aNumber"), v.get("receiptNumber"));
	}

	private static String raw(PhoneNumber phone) {
		return phone.extension() == null ? phone.e164() : phone.e164() + " ext. " + phone.extension();
	}
}
