package org.casekeep.kernel.disclosure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.casekeep.kernel.access.PrivacyRoles.CHIEF_PRIVACY_OFFICER;
import static org.casekeep.kernel.access.PrivacyRoles.ISSO;
import static org.casekeep.kernel.access.PrivacyRoles.PRIVACY_OFFICER;

/**
 * The accounting of disclosures: who gave which records to whom, why, under which authority and with whose
 * approval. Listed per record and per person, as the Privacy Act requires an agency to be able to tell a person.
 */
@Service
public class DisclosureAccounting {

	/**
	 * Roles that may account for a disclosure: the privacy office and the people who approve or make external sharing
	 * in the modules (the Executive Secretariat, CRM administrators, OIDO managers).
	 */
	static final String[] ACCOUNTING_ROLES = { PRIVACY_OFFICER, CHIEF_PRIVACY_OFFICER, "exec_sec", "crm_admin",
			"oido_manager" };

	/** The purpose of the audit entry of each record disclosed; the disclosure's own purpose is in its row. */
	static final String PURPOSE = "disclosure accounting";

	/** Roles that may read the accounting. */
	static final String[] REVIEW_ROLES = { PRIVACY_OFFICER, CHIEF_PRIVACY_OFFICER, ISSO };

	/** Whether the actor may account for a disclosure (pages offer the form only to them). */
	public static boolean mayAccount(Actor actor) {
		return actor.hasAnyRole(ACCOUNTING_ROLES);
	}

	/** Whether the actor may read the accounting of disclosures. */
	public static boolean mayReview(Actor actor) {
		return actor.hasAnyRole(REVIEW_ROLES);
	}

	private final JdbcClient jdbc;
	private final AuditTrail auditTrail;

	DisclosureAccounting(JdbcClient jdbc, AuditTrail auditTrail) {
		this.jdbc = jdbc;
		this.auditTrail = auditTrail;
	}

	/**
	 * Accounts for a disclosure.
	 * @throws org.casekeep.kernel.validation.InvalidInputException naming every missing or over-long field; nothing
	 * is written then.
	 */
	@Transactional
	public Disclosure account(DisclosureRequest request) {
		Actor actor = require(ACCOUNTING_ROLES);
		validate(request);
		UUID id = UUID.randomUUID();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		jdbc.sql("""
				insert into kernel.disclosure (id, recipient, purpose, authority, approved_by, disclosed_by,
				    disclosed_by_component, disclosed_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, request.recipient().strip(), request.purpose().strip(), request.authority().strip(),
					request.approvedBy().strip(), actor.username(), actor.component(), Timestamp.from(now))
			.update();
		for (DisclosedRecord record : request.records()) {
			jdbc.sql("""
					insert into kernel.disclosure_item (disclosure_id, record_type, record_id, subject_id)
					values (?, ?, ?, ?) on conflict do nothing""")
				.params(id, record.recordType(), record.recordId(), record.subjectId()).update();
			// The recipient, purpose and authority are typed text kept in kernel.disclosure, which the accounting
			// reads; the append-only audit references the disclosure instead of copying text that may name someone.
			auditTrail.record(new AuditEvent(AuditAction.DISCLOSURE, record.recordType(), record.recordId(), null,
					List.of(), PURPOSE, "disclosure " + id));
		}
		return new Disclosure(id, request.recipient().strip(), request.purpose().strip(), request.authority().strip(),
				request.approvedBy().strip(), actor.username(), actor.component(), now, List.copyOf(request.records()));
	}

	@Transactional
	public List<Disclosure> forRecord(String recordType, String recordId) {
		require(REVIEW_ROLES);
		auditLookup(recordType, recordId, "by record");
		return load("where d.id in (select disclosure_id from kernel.disclosure_item where record_type = ? and record_id = ?)",
				recordType, recordId);
	}

	@Transactional
	public List<Disclosure> forSubject(String subjectId) {
		require(REVIEW_ROLES);
		auditLookup(null, subjectId, "by person");
		return load("where d.id in (select disclosure_id from kernel.disclosure_item where subject_id = ?)", subjectId);
	}

	@Transactional
	public List<Disclosure> recent(int limit) {
		require(REVIEW_ROLES);
		auditLookup(null, null, "recent");
		return load("where d.id in (select id from kernel.disclosure order by disclosed_at desc limit ?)", limit);
	}

	/** Who looked up the accounting, and for whom, is itself audited (without the people's details). */
	private void auditLookup(String recordType, String id, String how) {
		auditTrail.record(new AuditEvent(AuditAction.SEARCH, "kernel.disclosure", id, null,
				recordType == null ? List.of() : List.of("recordType=" + recordType), "disclosure accounting review", how));
	}

	private static void validate(DisclosureRequest request) {
		org.casekeep.kernel.validation.InputCheck check = new org.casekeep.kernel.validation.InputCheck();
		check.required("recipient", request.recipient(), "Recipient", raw -> check.text("recipient", raw, "Recipient", 300));
		check.required("purpose", request.purpose(), "Purpose", raw -> check.text("purpose", raw, "Purpose", 1000));
		check.required("authority", request.authority(), "Authority", raw -> check.text("authority", raw, "Authority", 300));
		check.required("approvedBy", request.approvedBy(), "Approved by", raw -> check.text("approvedBy", raw, "Approved by", 100));
		if (request.records() == null || request.records().isEmpty()) {
			check.reject("records", "Name at least one record disclosed");
		}
		else {
			for (DisclosedRecord record : request.records()) {
				if (record == null || record.recordType() == null || record.recordType().isBlank()
						|| record.recordId() == null || record.recordId().isBlank()) {
					check.reject("records", "Each record needs its record type and id");
					break;
				}
			}
		}
		check.throwIfInvalid();
	}

	private List<Disclosure> load(String where, Object... params) {
		Map<UUID, Disclosure> byId = new LinkedHashMap<>();
		Map<UUID, List<DisclosedRecord>> items = new LinkedHashMap<>();
		jdbc.sql("""
				select d.id, d.recipient, d.purpose, d.authority, d.approved_by, d.disclosed_by, d.disclosed_by_component,
				       d.disclosed_at, i.record_type, i.record_id, i.subject_id
				from kernel.disclosure d join kernel.disclosure_item i on i.disclosure_id = d.id
				""" + where + " order by d.disclosed_at desc, i.record_type, i.record_id")
			.params(params)
			.query(rs -> {
				UUID id = rs.getObject(1, UUID.class);
				items.computeIfAbsent(id, key -> new ArrayList<>())
					.add(new DisclosedRecord(rs.getString(9), rs.getString(10), rs.getString(11)));
				byId.computeIfAbsent(id, key -> {
					try {
						return new Disclosure(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
								rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(), List.of());
					}
					catch (java.sql.SQLException ex) {
						throw new IllegalStateException(ex);
					}
				});
			});
		return byId.values().stream()
			.map(d -> new Disclosure(d.id(), d.recipient(), d.purpose(), d.authority(), d.approvedBy(), d.disclosedBy(),
					d.disclosedByComponent(), d.disclosedAt(), List.copyOf(items.get(d.id()))))
			.toList();
	}

	private Actor require(String... roles) {
		Actor actor = Actors.require();
		if (!actor.hasAnyRole(roles)) {
			auditTrail.recordIndependently(new AuditEvent(AuditAction.ACCESS_DENIED, "kernel.disclosure", null, null,
					List.of(), null, "disclosure accounting"));
			throw new AccessDeniedException("Not permitted to use the accounting of disclosures");
		}
		return actor;
	}
}
