package org.casekeep.kernel.disclosure;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.jspecify.annotations.Nullable;
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
 * <p>
 * A disclosure is asked for by someone who may share each record named (its owning module says the record exists,
 * the access policy decides {@link Operation#DISCLOSE}); it is final only once an approver other than the requester
 * approves it, signed in (OIDO PIA 6.4: supervisors approve all external sharing before any dissemination). A
 * component's privacy officer (and an OIDO manager) approves and reviews the disclosures of the component's own
 * records only; the Chief Privacy Officer every component's, the ISSO reviews all.
 */
@Service
public class DisclosureAccounting {

	/**
	 * Roles that may ask for a disclosure: the privacy office and the people who make external sharing in the modules
	 * (the Executive Secretariat, CRM administrators, OIDO's analysts, who prepare a sharing for their supervisor to
	 * approve, and managers: OIDO PIA 6.3); each record still needs the module's permission.
	 */
	static final String[] ACCOUNTING_ROLES = { PRIVACY_OFFICER, CHIEF_PRIVACY_OFFICER, "exec_sec", "crm_admin",
			"oido_analyst", "oido_manager" };

	/**
	 * Roles that ask for a disclosure only through their own module's sharing, never the privacy office's form (so
	 * {@link #mayAccount} leaves them out): customer research's researchers, who share participants' contact data with
	 * a study's vendor (Customer Research PIA 6.2, 6.4); the module still decides each record.
	 */
	static final String[] MODULE_ACCOUNTING_ROLES = { "researcher" };

	/** Roles that may ask for a disclosure and follow their requests. */
	private static final String[] REQUEST_ROLES = java.util.stream.Stream.of(ACCOUNTING_ROLES, MODULE_ACCOUNTING_ROLES)
		.flatMap(java.util.Arrays::stream).toArray(String[]::new);

	/** Roles that approve a disclosure: privacy officers, the Chief Privacy Officer and OIDO's supervisors. */
	static final String[] APPROVING_ROLES = { PRIVACY_OFFICER, CHIEF_PRIVACY_OFFICER, "oido_manager" };

	/** Roles that may read the accounting. */
	static final String[] REVIEW_ROLES = { PRIVACY_OFFICER, CHIEF_PRIVACY_OFFICER, ISSO };

	/** Roles with any part in the accounting (approvers all ask for disclosures too). */
	private static final String[] ANY_ROLE = java.util.stream.Stream.of(REQUEST_ROLES, REVIEW_ROLES)
		.flatMap(java.util.Arrays::stream).distinct().toArray(String[]::new);

	/** The purpose of the audit entries of the accounting; the disclosure's own purpose is in its row. */
	static final String PURPOSE = "disclosure accounting";

	static final String RECORD_TYPE = "kernel.disclosure";

	/** Whether the actor may ask for a disclosure (pages offer the form only to them). */
	public static boolean mayAccount(Actor actor) {
		return actor.hasAnyRole(ACCOUNTING_ROLES);
	}

	/** Whether the actor may approve or refuse disclosures (of their component's records, or all for the CPO). */
	public static boolean mayApprove(Actor actor) {
		return actor.hasAnyRole(APPROVING_ROLES);
	}

	/** Whether the actor may read the accounting of disclosures. */
	public static boolean mayReview(Actor actor) {
		return actor.hasAnyRole(REVIEW_ROLES);
	}

	private final JdbcClient jdbc;
	private final AuditTrail auditTrail;
	private final AccessPolicy access;
	private final Map<String, DisclosableRecords> owners;
	private final DisclosureRetention retention;

	DisclosureAccounting(JdbcClient jdbc, AuditTrail auditTrail, AccessPolicy access, List<DisclosableRecords> owners,
			DisclosureRetention retention) {
		this.jdbc = jdbc;
		this.auditTrail = auditTrail;
		this.access = access;
		this.retention = retention;
		this.owners = owners.stream()
			.collect(Collectors.toUnmodifiableMap(DisclosableRecords::recordType, Function.identity()));
	}

	/**
	 * Asks for a disclosure to be approved; nothing counts as disclosed until it is.
	 * @throws InvalidInputException naming every missing or over-long field, and {@code records} for a record that
	 * does not exist or that the requester may not disclose (both answered alike, so the form reveals nothing); nothing
	 * is written then.
	 */
	@Transactional
	public Disclosure request(DisclosureRequest request) {
		Actor actor = require(REQUEST_ROLES, "disclosure request");
		validate(request);
		List<DisclosedRecord> records = resolve(actor, request.records());
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into kernel.disclosure (id, status, recipient, purpose, authority, requested_by,
				    requested_by_component, requested_at) values (?, 'AWAITING_APPROVAL', ?, ?, ?, ?, ?, ?)""")
			.params(id, request.recipient().strip(), request.purpose().strip(), request.authority().strip(),
					actor.username(), actor.component(), Timestamp.from(now()))
			.update();
		for (DisclosedRecord record : records) {
			jdbc.sql("""
					insert into kernel.disclosure_item (disclosure_id, record_type, record_id, subject_id, owning_component)
					values (?, ?, ?, ?, ?)""")
				.params(id, record.recordType(), record.recordId(), record.subjectId(), record.owningComponent())
				.update();
		}
		// The recipient, purpose and authority are typed text kept in kernel.disclosure, which the accounting reads; the
		// append-only audit references the disclosure instead of copying text that may name someone.
		auditTrail.record(new AuditEvent(AuditAction.CREATE, RECORD_TYPE, id.toString(), actor.component(), List.of(),
				PURPOSE, "awaiting approval"));
		return load(id);
	}

	/**
	 * Approves a disclosure: it is final, dated now, and each record disclosed gets its audit entry.
	 * @throws RecordNotFoundException for a disclosure that does not exist or holds records outside the approver's
	 * component.
	 * @throws AccessDeniedException when the approver asked for it themselves.
	 * @throws WorkflowConflictException when it was decided before.
	 */
	@Transactional
	public Disclosure approve(UUID id) {
		Actor actor = decider(id);
		Disclosure disclosure = load(id);
		for (DisclosedRecord record : disclosure.records()) {
			auditTrail.record(new AuditEvent(AuditAction.DISCLOSURE, record.recordType(), record.recordId(),
					record.owningComponent(), List.of(), PURPOSE, "disclosure " + id));
		}
		decide(id, actor, DisclosureStatus.APPROVED);
		return load(id);
	}

	/** Refuses a disclosure, which stays in the accounting as refused; the same checks as {@link #approve}. */
	@Transactional
	public Disclosure refuse(UUID id) {
		Actor actor = decider(id);
		decide(id, actor, DisclosureStatus.REFUSED);
		auditTrail.record(new AuditEvent(AuditAction.UPDATE, RECORD_TYPE, id.toString(), actor.component(),
				List.of("status"), PURPOSE, "refused"));
		return load(id);
	}

	/**
	 * One disclosure, for the requester (to follow their request) and for those who review or decide it.
	 * @throws RecordNotFoundException for one that does not exist or that the actor may not see.
	 */
	@Transactional
	public Disclosure find(UUID id) {
		return visible(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
	}

	/**
	 * The same, empty instead of refused: for a page listing disclosures some of which the actor may not see, in the
	 * caller's transaction without marking it for rollback.
	 */
	@Transactional
	public java.util.Optional<Disclosure> visible(UUID id) {
		Actor actor = require(ANY_ROLE, "disclosure accounting");
		List<Disclosure> found = load("d.id = ?", null, id);
		if (found.isEmpty()) {
			return java.util.Optional.empty();
		}
		Disclosure disclosure = found.getFirst();
		String scope = scope(actor, CHIEF_PRIVACY_OFFICER, ISSO);
		boolean oversees = (mayReview(actor) || mayApprove(actor))
				&& (scope == null || disclosure.records().stream().allMatch(r -> scope.equals(r.owningComponent())));
		if (!oversees && !disclosure.requestedBy().equals(actor.username())) {
			return java.util.Optional.empty();
		}
		auditLookup(null, id.toString(), "one");
		return java.util.Optional.of(disclosure);
	}

	/** The disclosures the actor asked for, newest first, so they can follow them to approval. */
	@Transactional
	public List<Disclosure> requestedByMe(int limit) {
		Actor actor = require(REQUEST_ROLES, "disclosure accounting");
		return load("d.id in (select id from kernel.disclosure where requested_by = ? order by requested_at desc limit ?)",
				null, actor.username(), limit);
	}

	/** The disclosures awaiting approval that the actor may decide, newest first. */
	@Transactional
	public List<Disclosure> awaitingApproval(int limit) {
		Actor actor = require(APPROVING_ROLES, "disclosure approval");
		auditLookup(null, null, "awaiting approval");
		return latest("d2.status = 'AWAITING_APPROVAL'", scope(actor, CHIEF_PRIVACY_OFFICER), limit);
	}

	@Transactional
	public List<Disclosure> forRecord(String recordType, String recordId) {
		Actor actor = require(REVIEW_ROLES, "disclosure accounting");
		auditLookup(recordType, recordId, "by record");
		return load("d.id in (select disclosure_id from kernel.disclosure_item where record_type = ? and record_id = ?)",
				scope(actor, CHIEF_PRIVACY_OFFICER, ISSO), recordType, recordId);
	}

	@Transactional
	public List<Disclosure> forSubject(String subjectId) {
		Actor actor = require(REVIEW_ROLES, "disclosure accounting");
		auditLookup(null, subjectId, "by person");
		return load("d.id in (select disclosure_id from kernel.disclosure_item where subject_id = ?)",
				scope(actor, CHIEF_PRIVACY_OFFICER, ISSO), subjectId);
	}

	@Transactional
	public List<Disclosure> recent(int limit) {
		Actor actor = require(REVIEW_ROLES, "disclosure accounting");
		auditLookup(null, null, "recent");
		return latest("true", scope(actor, CHIEF_PRIVACY_OFFICER, ISSO), limit);
	}

	/** The latest disclosures {@code d2} matching the condition that hold a record within the scope. */
	private List<Disclosure> latest(String condition, @Nullable String scope, int limit) {
		return load("d.id in (select d2.id from kernel.disclosure d2 where " + condition + " and (cast(? as text) is null "
				+ "or exists (select 1 from kernel.disclosure_item i2 where i2.disclosure_id = d2.id "
				+ "and i2.owning_component = ?)) order by d2.requested_at desc limit ?)", scope, scope, scope, limit);
	}

	/** Who looked up the accounting, and for whom, is itself audited (without the people's details). */
	private void auditLookup(@Nullable String recordType, @Nullable String id, String how) {
		auditTrail.record(new AuditEvent(AuditAction.SEARCH, RECORD_TYPE, id, null,
				recordType == null ? List.of() : List.of("recordType=" + recordType), "disclosure accounting review", how));
	}

	/**
	 * Each record named, as its owning module knows it, once the requester may disclose it. A record type no module
	 * answers for, a record that does not exist and one the requester may not disclose are refused alike; a refusal
	 * the access policy made is audited (and survives the rollback).
	 */
	private List<DisclosedRecord> resolve(Actor actor, List<RecordReference> references) {
		InputCheck check = new InputCheck();
		List<DisclosedRecord> records = new ArrayList<>();
		for (RecordReference reference : new LinkedHashSet<>(references)) {
			String recordType = reference.recordType().strip();
			String recordId = reference.recordId().strip();
			DisclosableRecords owner = owners.get(recordType);
			Optional<DisclosableRecords.Found> found = owner == null ? Optional.empty() : owner.find(recordId);
			if (found.isPresent() && access.permits(actor, Operation.DISCLOSE, found.get().governedBy())) {
				if (found.get().notShareableYet() != null) {
					check.reject("records", found.get().notShareableYet());
					continue;
				}
				records.add(new DisclosedRecord(recordType, recordId, found.get().subjectId(),
						found.get().governedBy().owningComponent()));
				continue;
			}
			if (found.isPresent()) {
				auditTrail.refused(Operation.DISCLOSE, found.get().governedBy());
			}
			check.reject("records", "There is no " + recordType + " " + recordId + " that you may disclose");
		}
		check.throwIfInvalid();
		return records;
	}

	/** The approver, once they may decide this disclosure; it is locked until the caller's transaction ends. */
	private Actor decider(UUID id) {
		Actor actor = require(APPROVING_ROLES, "disclosure approval");
		Optional<String> row = jdbc.sql("select status || '|' || requested_by from kernel.disclosure where id = ? for update")
			.param(id).query(String.class).optional();
		String scope = scope(actor, CHIEF_PRIVACY_OFFICER);
		boolean outside = scope != null && jdbc.sql("""
				select count(*) from kernel.disclosure_item
				where disclosure_id = ? and owning_component is distinct from ?""")
			.params(id, scope).query(Long.class).single() > 0;
		if (row.isEmpty() || outside) {
			// Another component's disclosure is answered as not found: its existence is that component's business.
			throw new RecordNotFoundException(RECORD_TYPE, id);
		}
		String[] statusAndRequester = row.get().split("\\|", 2);
		DisclosureStatus status = DisclosureStatus.valueOf(statusAndRequester[0]);
		if (status != DisclosureStatus.AWAITING_APPROVAL) {
			throw new WorkflowConflictException("This disclosure was " + status.label().toLowerCase(java.util.Locale.ROOT)
					+ " already");
		}
		if (statusAndRequester[1].equals(actor.username())) {
			auditTrail.recordIndependently(new AuditEvent(AuditAction.ACCESS_DENIED, RECORD_TYPE, id.toString(),
					actor.component(), List.of(), PURPOSE, "own request"));
			throw new AccessDeniedException("You asked for this disclosure; another approver must decide it");
		}
		return actor;
	}

	/** Records the decision; from it, the accounting is kept as GRS 4.2 item 050 says. */
	private void decide(UUID id, Actor actor, DisclosureStatus outcome) {
		Instant now = now();
		jdbc.sql("update kernel.disclosure set status = ?, decided_by = ?, decided_at = ? where id = ?")
			.params(outcome.name(), actor.username(), Timestamp.from(now), id).update();
		retention.track(id, now);
	}

	/**
	 * The component whose records the actor's lists and decisions are limited to; {@literal null} when a role of
	 * theirs covers every component. An actor without a component is limited to nothing (fail closed).
	 */
	private static @Nullable String scope(Actor actor, String... everyComponent) {
		return actor.hasAnyRole(everyComponent) ? null : Objects.requireNonNullElse(actor.component(), "");
	}

	private static void validate(DisclosureRequest request) {
		InputCheck check = new InputCheck();
		check.required("recipient", request.recipient(), "Recipient", raw -> check.text("recipient", raw, "Recipient", 300));
		check.required("purpose", request.purpose(), "Purpose", raw -> check.text("purpose", raw, "Purpose", 1000));
		check.required("authority", request.authority(), "Authority", raw -> check.text("authority", raw, "Authority", 300));
		if (request.records() == null || request.records().isEmpty()) {
			check.reject("records", "Name at least one record disclosed");
		}
		else if (request.records().stream().anyMatch(record -> record == null || isBlank(record.recordType())
				|| isBlank(record.recordId()))) {
			check.reject("records", "Each record needs its record type and id");
		}
		check.throwIfInvalid();
	}

	private static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private Disclosure load(UUID id) {
		return load("d.id = ?", null, id).getFirst();
	}

	/** Disclosures matching the condition; within a component scope, only that component's records of each. */
	private List<Disclosure> load(String condition, @Nullable String scope, Object... params) {
		Map<UUID, Disclosure> byId = new LinkedHashMap<>();
		Map<UUID, List<DisclosedRecord>> items = new LinkedHashMap<>();
		List<Object> all = new ArrayList<>(java.util.Arrays.asList(params));
		all.add(scope);
		all.add(scope);
		jdbc.sql("""
				select d.id, d.status, d.recipient, d.purpose, d.authority, d.requested_by, d.requested_by_component,
				       d.requested_at, d.decided_by, d.decided_at, i.record_type, i.record_id, i.subject_id,
				       i.owning_component
				from kernel.disclosure d join kernel.disclosure_item i on i.disclosure_id = d.id
				""" + "where " + condition + """
				 and (cast(? as text) is null or i.owning_component = ?)
				order by d.requested_at desc, i.record_type, i.record_id""")
			.params(all)
			.query(rs -> {
				UUID id = rs.getObject(1, UUID.class);
				items.computeIfAbsent(id, key -> new ArrayList<>())
					.add(new DisclosedRecord(rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14)));
				if (!byId.containsKey(id)) {
					byId.put(id, row(rs, id));
				}
			});
		return byId.values().stream()
			.map(d -> new Disclosure(d.id(), d.status(), d.recipient(), d.purpose(), d.authority(), d.requestedBy(),
					d.requestedByComponent(), d.requestedAt(), d.decidedBy(), d.decidedAt(), List.copyOf(items.get(d.id()))))
			.toList();
	}

	private static Disclosure row(java.sql.ResultSet rs, UUID id) throws SQLException {
		Timestamp decidedAt = rs.getTimestamp(10);
		return new Disclosure(id, DisclosureStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getString(9),
				decidedAt == null ? null : decidedAt.toInstant(), List.of());
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	private Actor require(String[] roles, String what) {
		Actor actor = Actors.require();
		if (!actor.hasAnyRole(roles)) {
			auditTrail.recordIndependently(new AuditEvent(AuditAction.ACCESS_DENIED, RECORD_TYPE, null, null,
					List.of(), null, what));
			throw new AccessDeniedException("Not permitted to use the accounting of disclosures");
		}
		return actor;
	}
}
