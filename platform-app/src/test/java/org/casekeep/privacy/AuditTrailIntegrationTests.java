package org.casekeep.privacy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditChainVerifier;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.audit.ChainVerification;
import org.casekeep.testing.Database;
import org.casekeep.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail is append-only in the database itself and its hash chain reveals any change made behind the
 * application's back.
 */
@SpringBootTest
class AuditTrailIntegrationTests {

	@Autowired
	DataSource applicationDataSource;

	@Autowired
	AuditTrail audit;

	@Autowired
	AuditChainVerifier verifier;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theApplicationsDatabaseRoleCannotUpdateDeleteOrTruncateTheTrail() throws Exception {
		long id = append("append-only check");
		try (Connection app = applicationDataSource.getConnection(); Statement statement = app.createStatement()) {
			for (String sql : List.of("update kernel.audit_entry set actor = 'mallory' where id = " + id,
					"delete from kernel.audit_entry where id = " + id, "truncate kernel.audit_entry")) {
				assertThatThrownBy(() -> statement.execute(sql)).isInstanceOf(SQLException.class)
					.satisfies(ex -> assertThat(((SQLException) ex).getSQLState()).isEqualTo("42501"));
			}
		}
	}

	@Test
	void theApplicationsDatabaseRoleCannotWriteAnEntryOrTheChainHeadOfItsOwn() throws Exception {
		try (Connection app = applicationDataSource.getConnection(); Statement statement = app.createStatement()) {
			for (String sql : List.of("""
					insert into kernel.audit_entry (chain, seq, occurred_at, actor, action, prev_hash, hash)
					values ('main', 1, now() - interval '1 year', 'cpo', 'READ', '\\x00', '\\x00')""",
					"update kernel.audit_chain_head set last_seq = last_seq where chain = 'main'",
					"delete from kernel.audit_chain_head where chain = 'security'",
					"insert into kernel.audit_chain_head values ('forged', 0, '\\x00')",
					"select nextval('kernel.audit_entry_id_seq')")) {
				assertThatThrownBy(() -> statement.execute(sql)).as(sql).isInstanceOf(SQLException.class)
					.satisfies(ex -> assertThat(((SQLException) ex).getSQLState()).isEqualTo("42501"));
			}
			// Nor can it choose the time: the append takes none.
			assertThatThrownBy(() -> statement.execute("""
					select kernel.append_audit('main', timestamptz '2020-01-01 00:00:00+00', 'cpo', 'PRIV', 'READ',
					                           'crm.individual', '1', 'PRIV', 'email', 'back-dated', null)"""))
				.isInstanceOf(SQLException.class)
				.satisfies(ex -> assertThat(((SQLException) ex).getSQLState()).isEqualTo("42883"));
		}
	}

	@Test
	void entriesAreAppendedThroughOneFunctionWithFixedRightsThatOnlyTheApplicationsRoleMayCall() throws Exception {
		try (Connection owner = Database.superuser(); ResultSet rs = owner.createStatement().executeQuery("""
				select p.prosecdef, p.proconfig, pg_get_userbyid(p.proowner) = pg_get_userbyid(n.nspowner),
				       array(select coalesce(nullif(a.grantee, 0)::regrole::text, 'PUBLIC') from aclexplode(p.proacl) a
				             where a.privilege_type = 'EXECUTE' and a.grantee <> p.proowner order by 1),
				       (select count(*) from pg_proc where proname = 'append_audit')
				from pg_proc p join pg_namespace n on n.oid = p.pronamespace
				where n.nspname = 'kernel' and p.proname = 'append_audit'""")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getBoolean(1)).as("security definer").isTrue();
			assertThat((String[]) rs.getArray(2).getArray()).as("fixed settings")
				.containsExactly("search_path=pg_catalog, pg_temp");
			assertThat(rs.getBoolean(3)).as("owned by the kernel schema's owner").isTrue();
			assertThat((String[]) rs.getArray(4).getArray()).as("who else may execute it").containsExactly("casekeep_app");
			assertThat(rs.getLong(5)).as("functions of that name").isEqualTo(1);
		}
	}

	@Test
	void theDatabaseStampsEachEntryWithItsOwnClock() throws Exception {
		Instant before = databaseClock();
		long id = append("stamped by the database");
		Instant after = databaseClock();
		try (Connection owner = Database.superuser(); ResultSet rs = owner.createStatement().executeQuery(
				"select occurred_at from kernel.audit_entry where id = " + id)) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getTimestamp(1).toInstant()).isBetween(before, after);
		}
	}

	@Test
	void evenTheOwnerIsStoppedByTheTriggerUnlessTriggersAreDisabled() throws Exception {
		long id = append("trigger check");
		try (Connection owner = Database.superuser(); Statement statement = owner.createStatement()) {
			assertThatThrownBy(() -> statement.execute("delete from kernel.audit_entry where id = " + id))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("append-only");
		}
	}

	@Test
	void verificationReportsExactlyTheEntryAlteredBehindTheApplicationsBack() throws Exception {
		append("before");
		long tampered = append("to be tampered with");
		append("after");
		assertThat(verifier.verify().intact()).isTrue();
		try (Connection owner = Database.superuser(); Statement statement = owner.createStatement()) {
			statement.execute("set session_replication_role = replica");
			statement.execute("update kernel.audit_entry set purpose = 'nothing to see' where id = " + tampered);
			ChainVerification broken = verifier.verify();
			assertThat(broken.intact()).isFalse();
			assertThat(broken.firstBrokenEntryId()).isEqualTo(tampered);
			assertThat(broken.problem()).contains("altered");
			// Put it back so the shared database stays verifiable for the other tests.
			statement.execute("update kernel.audit_entry set purpose = 'to be tampered with' where id = " + tampered);
		}
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void entriesWrittenInARolledBackTransactionVanishWithIt() throws Exception {
		long before = count();
		try {
			transactions.executeWithoutResult(status -> {
				Actors.runAs(DemoUsers.ISSO.actor(), () -> audit.record(AuditEvent.session(AuditAction.READ, "rolled back")));
				throw new IllegalStateException("roll back");
			});
		}
		catch (IllegalStateException expected) {
			// the change failed, so its audit entry must not remain
		}
		assertThat(count()).isEqualTo(before);
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void aBatchOfEntriesIsAppendedInOrderOnTheSameChainAndVerifies() throws Exception {
		String batch = "batch " + System.nanoTime();
		transactions.executeWithoutResult(status -> Actors.runAs(DemoUsers.ISSO.actor(), () -> audit.recordAll(List.of(
				new AuditEvent(AuditAction.CREATE, "test.record", "b1", "OCIO", List.of("name", "email"), batch, null),
				new AuditEvent(AuditAction.CREATE, "test.record", "b2", null, List.of(), batch, "second"),
				new AuditEvent(AuditAction.READ, "test.record", "b3", "OCIO", List.of("name"), batch, null)))));
		try (Connection owner = Database.superuser(); ResultSet rs = owner.createStatement().executeQuery(
				"select record_id, action, fields, record_component, details, actor, chain, seq from kernel.audit_entry"
						+ " where purpose = '" + batch + "' order by seq")) {
			List<String> rows = new java.util.ArrayList<>();
			long previous = -1;
			while (rs.next()) {
				rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4) + " "
						+ rs.getString(5) + " " + rs.getString(6) + " " + rs.getString(7));
				if (previous >= 0) {
					assertThat(rs.getLong(8)).as("consecutive sequence numbers").isEqualTo(previous + 1);
				}
				previous = rs.getLong(8);
			}
			assertThat(rows).containsExactly("b1 CREATE name,email OCIO null isso main", "b2 CREATE  null second isso main",
					"b3 READ name OCIO null isso main");
		}
		assertThat(verifier.verify().intact()).isTrue();
	}

	private long append(String purpose) throws SQLException {
		transactions.executeWithoutResult(status -> Actors.runAs(DemoUsers.ISSO.actor(),
				() -> audit.record(new AuditEvent(AuditAction.READ, "test.record", "1", "OCIO", List.of("name"), purpose, null))));
		try (Connection owner = Database.superuser();
				ResultSet rs = owner.createStatement().executeQuery(
						"select max(id) from kernel.audit_entry where purpose = '" + purpose + "'")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static Instant databaseClock() throws SQLException {
		try (Connection owner = Database.superuser();
				ResultSet rs = owner.createStatement().executeQuery("select clock_timestamp()")) {
			rs.next();
			return rs.getTimestamp(1).toInstant();
		}
	}

	private static long count() throws SQLException {
		try (Connection owner = Database.superuser();
				ResultSet rs = owner.createStatement().executeQuery("select count(*) from kernel.audit_entry")) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
