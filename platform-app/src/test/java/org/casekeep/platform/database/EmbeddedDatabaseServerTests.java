package org.casekeep.platform.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The run command's embedded PostgreSQL: what a user enters is still there after a restart, on durable settings, and
 * no connection gets in without the generated password, which only the file's owner may read.
 */
class EmbeddedDatabaseServerTests {

	@TempDir
	Path directory;

	@Test
	void aKeptServerStillHoldsItsDataAfterARestartOnDurableSettings() throws Exception {
		EmbeddedDatabaseServer first = EmbeddedDatabaseServer.start(0, directory);
		try (Connection db = first.superuserConnection(); Statement statement = db.createStatement()) {
			statement.execute("create table kept (note text)");
			statement.execute("insert into kept values ('entered before Ctrl-C')");
		}
		finally {
			first.stop();
		}

		EmbeddedDatabaseServer second = EmbeddedDatabaseServer.start(0, directory);
		try (Connection db = second.superuserConnection(); Statement statement = db.createStatement()) {
			assertThat(second.durable()).isTrue();
			assertThat(single(statement, "select note from kept")).isEqualTo("entered before Ctrl-C");
			assertThat(single(statement, "show fsync")).isEqualTo("on");
			assertThat(single(statement, "show synchronous_commit")).isEqualTo("on");
		}
		finally {
			second.stop();
		}
	}

	@Test
	void everyConnectionNeedsTheGeneratedPasswordWhichOnlyItsOwnerMayRead() throws Exception {
		EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(0, directory);
		try {
			Path credentials = directory.resolve("credentials.properties");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials))).isEqualTo("rw-------");
			String url = server.jdbcUrl();
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> DriverManager.getConnection(url, EmbeddedDatabaseServer.OWNER, "").close());
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> DriverManager.getConnection(url, EmbeddedDatabaseServer.OWNER, "postgres").close())
				.satisfies(ex -> assertThat(ex.getSQLState()).as("password authentication failed").isEqualTo("28P01"));
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> DriverManager.getConnection(url, EmbeddedDatabaseServer.APP_ROLE, "casekeep_app").close())
				.satisfies(ex -> assertThat(ex.getSQLState()).isEqualTo("28P01"));
			try (Connection app = DriverManager.getConnection(url, EmbeddedDatabaseServer.APP_ROLE,
					server.credentials().appPassword()); Statement statement = app.createStatement()) {
				assertThat(single(statement, "select current_user")).isEqualTo(EmbeddedDatabaseServer.APP_ROLE);
			}
			assertThat(Files.readString(credentials)).contains(server.credentials().appPassword());
			assertThat(server.credentials().toString()).doesNotContain(server.credentials().appPassword());
		}
		finally {
			server.stop();
		}
	}

	@Test
	void aTemporaryServerKeepsTheFastSettingsAndStillNeedsPasswords() throws Exception {
		EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(0, null);
		try (Connection db = server.superuserConnection(); Statement statement = db.createStatement()) {
			assertThat(server.durable()).isFalse();
			assertThat(single(statement, "show fsync")).isEqualTo("off");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), EmbeddedDatabaseServer.OWNER, "").close());
		}
		finally {
			server.stop();
		}
	}

	private static String single(Statement statement, String sql) throws SQLException {
		try (ResultSet rs = statement.executeQuery(sql)) {
			assertThat(rs.next()).isTrue();
			return rs.getString(1);
		}
	}
}
