package org.casekeep.kernel.audit;

import java.util.List;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes audit entries through {@code kernel.append_audit}, one round trip per entry, in the caller's transaction
 * (JDBC joins the JPA transaction's connection). The database stamps each entry's time; the application's database
 * role may only SELECT the audit tables and EXECUTE that function, and a trigger refuses UPDATE, DELETE and TRUNCATE
 * for everyone.
 */
@Component
class JdbcAuditTrail implements AuditTrail {

	static final String MAIN_CHAIN = "main";
	static final String SECURITY_CHAIN = "security";

	private final JdbcClient jdbc;
	private final TransactionTemplate independent;

	JdbcAuditTrail(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.independent = new TransactionTemplate(transactionManager);
		this.independent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditEvent event) {
		append(MAIN_CHAIN, event);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAll(List<AuditEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		Actor actor = Actors.current().orElse(Actor.SYSTEM);
		int n = events.size();
		String[] actions = new String[n];
		String[] types = new String[n];
		String[] ids = new String[n];
		String[] components = new String[n];
		String[] fields = new String[n];
		String[] purposes = new String[n];
		String[] details = new String[n];
		for (int i = 0; i < n; i++) {
			AuditEvent event = events.get(i);
			actions[i] = event.action().name();
			types[i] = event.recordType();
			ids[i] = event.recordId();
			components[i] = event.recordComponent();
			fields[i] = String.join(",", event.fields());
			purposes[i] = event.purpose();
			details[i] = event.details();
		}
		// The same function as a single entry, called once per row in the order given: the chain stays one chain.
		jdbc.sql("""
				select count(*) from (
				    select kernel.append_audit(?, ?, ?, e.action, e.record_type, e.record_id, e.record_component,
				                               e.fields, e.purpose, e.details)
				    from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
				                cast(? as text[]), cast(? as text[]), cast(? as text[]))
				         with ordinality as e(action, record_type, record_id, record_component, fields, purpose, details, n)
				    order by e.n) appended""")
			.params(MAIN_CHAIN, actor.username(), actor.component(), actions, types, ids,
					components, fields, purposes, details)
			.query(Long.class)
			.single();
	}

	@Override
	public void recordIndependently(AuditEvent event) {
		independent.executeWithoutResult(status -> append(SECURITY_CHAIN, event));
	}

	private void append(String chain, AuditEvent event) {
		Actor actor = Actors.current().orElse(Actor.SYSTEM);
		jdbc.sql("select kernel.append_audit(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(chain, actor.username(), actor.component(), event.action().name(),
					event.recordType(), event.recordId(), event.recordComponent(), String.join(",", event.fields()),
					event.purpose(), event.details())
			.query(Long.class)
			.single();
	}
}
