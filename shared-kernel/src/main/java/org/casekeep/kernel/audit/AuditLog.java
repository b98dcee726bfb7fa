package org.casekeep.kernel.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.casekeep.kernel.access.PrivacyRoles.CHIEF_PRIVACY_OFFICER;
import static org.casekeep.kernel.access.PrivacyRoles.ISSO;
import static org.casekeep.kernel.access.PrivacyRoles.PRIVACY_OFFICER;

/**
 * Searches and verifies the audit trail for the people who review it: the ISSO (CRM PIA 2.4: weekly review), the
 * Chief Privacy Officer (everything) and a component privacy officer (entries of their own component's records or
 * users). Every search is itself audited.
 */
@Service
public class AuditLog {

	public static final String RECORD_TYPE = "kernel.audit";

	private final JdbcClient jdbc;
	private final AuditTrail auditTrail;
	private final AuditChainVerifier verifier;
	private final AuditCheckpoints checkpoints;

	AuditLog(JdbcClient jdbc, AuditTrail auditTrail, AuditChainVerifier verifier, AuditCheckpoints checkpoints) {
		this.jdbc = jdbc;
		this.auditTrail = auditTrail;
		this.verifier = verifier;
		this.checkpoints = checkpoints;
	}

	@Transactional
	public List<AuditEntryView> search(AuditQuery query) {
		Actor actor = requireReviewer();
		StringBuilder sql = new StringBuilder("""
				select id, chain, seq, occurred_at, actor, actor_component, action, record_type, record_id,
				       record_component, fields, purpose, details
				from kernel.audit_entry where true""");
		List<Object> params = new ArrayList<>();
		if (!actor.hasAnyRole(ISSO, CHIEF_PRIVACY_OFFICER)) {
			sql.append(" and (record_component = ? or actor_component = ?)");
			params.add(actor.component());
			params.add(actor.component());
		}
		condition(sql, params, " and record_type = ?", query.recordType());
		condition(sql, params, " and record_id = ?", query.recordId());
		condition(sql, params, " and actor = ?", query.username());
		condition(sql, params, " and action = ?", query.action());
		condition(sql, params, " and occurred_at >= ?", query.from() == null ? null : Timestamp.from(query.from()));
		condition(sql, params, " and occurred_at < ?", query.to() == null ? null : Timestamp.from(query.to()));
		sql.append(" order by id desc limit ").append(query.limit());
		List<AuditEntryView> entries = jdbc.sql(sql.toString()).params(params).query((rs, row) -> new AuditEntryView(
				rs.getLong("id"), rs.getString("chain"), rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(),
				rs.getString("actor"), rs.getString("actor_component"), rs.getString("action"),
				rs.getString("record_type"), rs.getString("record_id"), rs.getString("record_component"),
				splitFields(rs.getString("fields")), rs.getString("purpose"), rs.getString("details"))).list();
		auditTrail.record(new AuditEvent(AuditAction.SEARCH, RECORD_TYPE, null, actor.component(), describe(query),
				"audit review", entries.size() + " entries"));
		return entries;
	}

	/** The last signed checkpoint of each chain, for everyone who reviews the audit trail. */
	public List<AuditCheckpoint> lastCheckpoints() {
		requireReviewer();
		return checkpoints.latest();
	}

	/**
	 * Walks the whole chain and checks it against its signed checkpoints; ISSO and Chief Privacy Officer only, since
	 * it covers every component.
	 */
	public ChainVerification verify() {
		Actor actor = requireReviewer();
		if (!actor.hasAnyRole(ISSO, CHIEF_PRIVACY_OFFICER)) {
			auditTrail.recordIndependently(new AuditEvent(AuditAction.ACCESS_DENIED, RECORD_TYPE, null, null, List.of(),
					null, "verify"));
			throw new AccessDeniedException("Only the ISSO and the Chief Privacy Officer verify the whole audit chain");
		}
		ChainVerification result = verifier.verify();
		auditTrail.recordIndependently(new AuditEvent(AuditAction.READ, RECORD_TYPE, null, null, List.of(),
				"audit chain verification", result.intact() ? "intact" : "broken: " + summary(result)));
		return result;
	}

	/** Who reviews the audit trail: the ISSO and the Chief Privacy Officer, a privacy officer their component's. */
	public static boolean mayReview(Actor actor) {
		return actor.hasAnyRole(ISSO, CHIEF_PRIVACY_OFFICER) || (actor.hasRole(PRIVACY_OFFICER) && actor.component() != null);
	}

	private Actor requireReviewer() {
		Actor actor = Actors.require();
		if (mayReview(actor)) {
			return actor;
		}
		auditTrail.recordIndependently(new AuditEvent(AuditAction.ACCESS_DENIED, RECORD_TYPE, null, null, List.of(),
				null, "search"));
		throw new AccessDeniedException("The audit trail is reviewed by the ISSO and privacy officers");
	}

	/** The kinds and chains of the findings: identifiers only. */
	private static String summary(ChainVerification result) {
		return String.join(", ", result.findings().stream()
			.map(finding -> finding.kind() + " in " + finding.chain()
					+ (finding.entryId() == null ? "" : " at " + finding.entryId()))
			.toList());
	}

	private static void condition(StringBuilder sql, List<Object> params, String clause, Object value) {
		if (value != null && !(value instanceof String text && text.isBlank())) {
			sql.append(clause);
			params.add(value);
		}
	}

	private static List<String> describe(AuditQuery query) {
		List<String> criteria = new ArrayList<>();
		if (query.recordType() != null) criteria.add("recordType");
		if (query.recordId() != null) criteria.add("recordId");
		if (query.username() != null) criteria.add("username");
		if (query.action() != null) criteria.add("action");
		if (query.from() != null) criteria.add("from");
		if (query.to() != null) criteria.add("to");
		return criteria;
	}

	private static List<String> splitFields(String fields) {
		return fields == null || fields.isEmpty() ? List.of() : Arrays.asList(fields.split(","));
	}
}
