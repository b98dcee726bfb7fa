package org.casekeep.kernel.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The real PostgreSQL a module's own tests run against: one embedded server per test JVM, started from the binaries
 * of a Maven artifact, with the database owner running Liquibase and the application connecting as the restricted
 * role {@value #APP_ROLE}, as in production. An auto-configuration of the kernel's test jar, so that every module's
 * test application gets it without declaring anything; it steps aside when the application under test brings its
 * own data source (the platform's embedded database) or a {@code spring.datasource.url} is set.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnMissingBean(DataSource.class)
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", matchIfMissing = true, havingValue = "embedded")
public class TestDatabase {

	public static final String DATABASE = "casekeep";
	public static final String APP_ROLE = "casekeep_app";
	/** Generated per test JVM: no password of any Casekeep database is written in the source. */
	private static final String APP_PASSWORD = java.util.UUID.randomUUID().toString();

	private static EmbeddedPostgres server;

	/** The server of this test JVM, started on first use and stopped when the JVM exits. */
	public static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder()
					.setServerConfig("fsync", "off")
					.setServerConfig("synchronous_commit", "off")
					.setServerConfig("full_page_writes", "off")
					.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", ex);
			}
			try (Connection connection = server.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("create role " + APP_ROLE + " login password '" + APP_PASSWORD + "'");
				statement.execute("create database " + DATABASE);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not prepare the embedded PostgreSQL for tests", ex);
			}
		}
		return server;
	}

	/** A connection as the superuser, for tests that look behind the application's back. */
	public static Connection superuser() throws SQLException {
		return server().getDatabase("postgres", DATABASE).getConnection();
	}

	/** The result of a {@code select count(*)}, as the superuser. */
	public static long count(String sql) throws SQLException {
		try (Connection db = superuser(); ResultSet rs = db.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/**
	 * The first column of the first row of a query, as the superuser, with its {@code ?} parameters bound as texts;
	 * {@literal null} for SQL null.
	 *
	 * @throws AssertionError if the query returns no row.
	 */
	public static @Nullable String single(String sql, String... parameters) throws SQLException {
		try (Connection db = superuser(); PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setString(i + 1, parameters[i]);
			}
			try (ResultSet rs = statement.executeQuery()) {
				if (!rs.next()) {
					throw new AssertionError("No row for: " + sql);
				}
				return rs.getString(1);
			}
		}
	}

	@Bean
	@Primary
	DataSource dataSource() {
		return pool("casekeep-test-app", APP_ROLE, APP_PASSWORD, 5);
	}

	@Bean
	@LiquibaseDataSource
	DataSource liquibaseDataSource() {
		return pool("casekeep-test-owner", "postgres", "postgres", 1);
	}

	private static HikariDataSource pool(String name, String user, String password, int size) {
		HikariConfig config = new HikariConfig();
		config.setPoolName(name);
		config.setJdbcUrl(server().getJdbcUrl("postgres", DATABASE).replaceFirst("\\?.*$", ""));
		config.setUsername(user);
		config.setPassword(password);
		config.setMaximumPoolSize(size);
		config.setMinimumIdle(0);
		// No bound value of a failed statement in any exception message or log (see kernel.db.QuietDatabaseErrors).
		config.addDataSourceProperty("logServerErrorDetail", "false");
		return new HikariDataSource(config);
	}
}
