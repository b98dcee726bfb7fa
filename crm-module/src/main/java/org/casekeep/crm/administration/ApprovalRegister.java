package org.casekeep.crm.administration;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.casekeep.crm.stakeholder.ApprovedUsers;
import org.casekeep.crm.stakeholder.CrmRoles;
import org.casekeep.kernel.access.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The table of CRM access approvals ({@code crm.access_approval}, CRM PIA 8.1) as the access policy reads it: one
 * primary-key lookup, remembered for the rest of the request, so that a page that checks many records asks once.
 * A CRM user seen for the first time (or in another component) is recorded as awaiting approval, in a transaction of
 * its own so that it stays even though their request is refused (and works inside read-only transactions).
 */
@Component
class ApprovalRegister implements ApprovedUsers {

	/** A row of the table. */
	record Row(String username, String component, boolean administrator, String status, Instant requestedAt,
			@Nullable String decidedBy, @Nullable Instant decidedAt) {
	}

	private static final String PER_REQUEST = ApprovalRegister.class.getName() + ".";

	private final JdbcClient jdbc;
	private final TransactionTemplate separately;

	ApprovalRegister(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public boolean isApproved(Actor actor) {
		String component = actor.component();
		if (component == null) {
			return false;
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String key = PER_REQUEST + actor.username() + "/" + component + "/" + actor.hasRole(CrmRoles.ADMIN);
		if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Boolean known) {
			return known;
		}
		boolean approved = decide(actor, component);
		if (request != null) {
			request.setAttribute(key, approved, RequestAttributes.SCOPE_REQUEST);
		}
		return approved;
	}

	private boolean decide(Actor actor, String component) {
		boolean administrator = actor.hasRole(CrmRoles.ADMIN);
		Row row = find(actor.username());
		if (row != null && row.component().equals(component) && (row.administrator() || !administrator)) {
			return "APPROVED".equals(row.status());
		}
		// Not seen yet, seen in another component, or approved as a user and now an office administrator: awaits the
		// approval of whoever approves that (PIA 8.1).
		separately.executeWithoutResult(status -> jdbc.sql("""
				insert into crm.access_approval (username, component, administrator, status, requested_at)
				values (?, ?, ?, 'PENDING', now())
				on conflict (username) do update set component = excluded.component,
				    administrator = excluded.administrator, status = 'PENDING', requested_at = excluded.requested_at,
				    decided_by = null, decided_at = null""")
			.params(actor.username(), component, administrator).update());
		return false;
	}

	@Nullable Row find(String username) {
		return jdbc.sql("select * from crm.access_approval where username = ?").param(username)
			.query(ApprovalRegister::row).optional().orElse(null);
	}

	/** The component's rows ({@literal null}: every component's), those awaiting a decision first. */
	List<Row> list(@Nullable String component) {
		return jdbc.sql("""
				select * from crm.access_approval where cast(:component as text) is null or component = :component
				order by status <> 'PENDING', component, username""")
			.param("component", component).query(ApprovalRegister::row).list();
	}

	/** Records a decision, in the caller's transaction. */
	void decide(String username, String status, String decidedBy, Instant now) {
		jdbc.sql("update crm.access_approval set status = ?, decided_by = ?, decided_at = ? where username = ?")
			.params(status, decidedBy, Timestamp.from(now), username).update();
	}

	/** Records a user approved without asking (system owners' configuration, demo users), unless decided already. */
	boolean preApprove(String username, String component, boolean administrator, Instant now) {
		return jdbc.sql("""
				insert into crm.access_approval (username, component, administrator, status, requested_at, decided_by,
				    decided_at)
				values (?, ?, ?, 'APPROVED', ?, 'system', ?)
				on conflict (username) do update set status = 'APPROVED', decided_by = 'system',
				    decided_at = excluded.decided_at, component = excluded.component,
				    administrator = excluded.administrator
				where crm.access_approval.status = 'PENDING'""")
			.params(username, component, administrator, Timestamp.from(now), Timestamp.from(now)).update() > 0;
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		return new Row(rs.getString("username"), rs.getString("component"), rs.getBoolean("administrator"),
				rs.getString("status"), rs.getTimestamp("requested_at").toInstant(), rs.getString("decided_by"),
				decided == null ? null : decided.toInstant());
	}
}
