package org.casekeep.platform.web;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules-of-behavior affirmations of API sessions (CRM PIA 2.4), one per user, Keycloak sign-in session and
 * version of the statements. Kept in the database, so that every instance behind the load balancer knows them; a
 * session found affirmed is remembered here for a few minutes, so that the gate costs no query per request.
 */
@Component
class ApiAcknowledgements {

	static final Duration REMEMBERED = Duration.ofMinutes(5);
	static final int REMEMBERED_AT_MOST = 10_000;

	private final JdbcClient jdbc;
	private final Map<String, Instant> affirmed = new ConcurrentHashMap<>();

	ApiAcknowledgements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean affirmed(String username, String sessionId) {
		String key = username + "\u0000" + sessionId;
		Instant until = affirmed.get(key);
		Instant now = Instant.now();
		if (until != null && until.isAfter(now)) {
			return true;
		}
		boolean stored = jdbc.sql("""
				select exists (select 1 from platform.rules_acknowledgement
				               where username = ? and session_id = ? and version = ?)""")
			.params(username, sessionId, RulesOfBehaviorController.VERSION)
			.query(Boolean.class).single();
		if (stored) {
			if (affirmed.size() >= REMEMBERED_AT_MOST) {
				affirmed.clear();
			}
			affirmed.put(key, now.plus(REMEMBERED));
		}
		return stored;
	}

	@Transactional
	void record(String username, String sessionId, Instant at) {
		jdbc.sql("""
				insert into platform.rules_acknowledgement (username, session_id, version, acknowledged_at)
				values (?, ?, ?, ?) on conflict do nothing""")
			.params(username, sessionId, RulesOfBehaviorController.VERSION, Timestamp.from(at))
			.update();
	}
}
