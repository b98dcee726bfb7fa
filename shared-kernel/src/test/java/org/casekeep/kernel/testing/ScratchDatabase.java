package org.casekeep.kernel.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import liquibase.integration.spring.SpringLiquibase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of its own on the tests' embedded server ({@link TestDatabase#server()}), for a test of a changeset,
 * registered as a JUnit extension: before each test it creates the database and migrates it to the schema before the
 * changeset; the test writes rows as they were, runs the changeset ({@link #migrate}) and looks at the rows; after
 * each test the database is dropped. Everything runs as the superuser: a migration runs as the database owner.
 * <pre>
 * &#64;RegisterExtension
 * final ScratchDatabase db = ScratchDatabase.migratedTo("crm_migration", "classpath:db/changelog/migration/before.yaml");
 * </pre>
 */
public final class ScratchDatabase implements BeforeEachCallback, AfterEachCallback {

	private final String prefix;

	private final String before;

	private @Nullable String name;

	private @Nullable DataSource dataSource;

	private ScratchDatabase(String prefix, String before) {
		this.prefix = prefix;
		this.before = before;
	}

	/**
	 * @param prefix what each database's name starts with, e.g. {@code crm_migration}; a random suffix keeps tests
	 * apart.
	 * @param before the changelog ({@code classpath:...}) of the schema before the changeset under test.
	 */
	public static ScratchDatabase migratedTo(String prefix, String before) {
		return new ScratchDatabase(prefix, before);
	}

	@Override
	public void beforeEach(ExtensionContext context) throws Exception {
		name = prefix + "_" + UUID.randomUUID().toString().replace("-", "");
		try (Connection admin = TestDatabase.superuser(); Statement statement = admin.createStatement()) {
			statement.execute("create database " + name);
		}
		dataSource = new DriverManagerDataSource(
				"jdbc:postgresql://127.0.0.1:" + TestDatabase.server().getPort() + "/" + name, "postgres", "postgres");
		migrate(before);
	}

	@Override
	public void afterEach(ExtensionContext context) throws Exception {
		try (Connection admin = TestDatabase.superuser(); Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
		}
		name = null;
		dataSource = null;
	}

	/** Runs the changesets of a changelog ({@code classpath:...}) that have not run yet, as the application would. */
	public void migrate(String changelog) throws Exception {
		SpringLiquibase liquibase = new SpringLiquibase();
		liquibase.setDataSource(dataSource());
		liquibase.setChangeLog(changelog);
		liquibase.setResourceLoader(new DefaultResourceLoader());
		liquibase.afterPropertiesSet();
	}

	/** Runs one statement. */
	public void execute(String sql) throws SQLException {
		try (Connection db = dataSource().getConnection(); Statement statement = db.createStatement()) {
			statement.execute(sql);
		}
	}

	/** The values of the first row a query returns, in the order selected ({@literal null} for SQL null). */
	public List<@Nullable String> row(String sql) throws SQLException {
		try (Connection db = dataSource().getConnection(); ResultSet rs = db.createStatement().executeQuery(sql)) {
			if (!rs.next()) {
				throw new AssertionError("No row for: " + sql);
			}
			List<@Nullable String> values = new ArrayList<>();
			for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
				values.add(rs.getString(column));
			}
			return values;
		}
	}

	/** The names of a table's columns. */
	public List<String> columns(String schema, String table) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (Connection db = dataSource().getConnection(); ResultSet rs = db.createStatement().executeQuery(
				"select column_name from information_schema.columns where table_schema = '" + schema
						+ "' and table_name = '" + table + "'")) {
			while (rs.next()) {
				columns.add(rs.getString(1));
			}
		}
		return columns;
	}

	/** A value as an SQL literal, {@code null} for {@literal null}; for the rows a test writes. */
	public static String literal(@Nullable String value) {
		return value == null ? "null" : "'" + value.replace("'", "''") + "'";
	}

	private DataSource dataSource() {
		if (dataSource == null) {
			throw new IllegalStateException("No scratch database outside a test: register it with @RegisterExtension");
		}
		return dataSource;
	}
}
