package org.casekeep.platform.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The generated passwords of the embedded PostgreSQL's superuser and application role. A kept server stores them in
 * a file only its owner may read or write ({@code rw-------}), created with those rights before anything is written
 * into it; a temporary one keeps them in memory. Never logged.
 *
 * @param ownerPassword the superuser's (Liquibase migrates as the superuser).
 * @param appPassword the application role's.
 */
record EmbeddedCredentials(String ownerPassword, String appPassword) {

	private static final SecureRandom RANDOM = new SecureRandom();

	@Override
	public String toString() {
		return "EmbeddedCredentials[••••••]";
	}

	static EmbeddedCredentials generate() {
		return new EmbeddedCredentials(password(), password());
	}

	/** The credentials in the file, or new ones written to it (owner-readable only) if there is none yet. */
	static EmbeddedCredentials loadOrCreate(Path file) {
		try {
			Files.createDirectories(file.getParent());
			if (!Files.exists(file)) {
				EmbeddedCredentials created = generate();
				try {
					Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
				}
				catch (FileAlreadyExistsException raced) {
					return load(file);
				}
				Properties properties = new Properties();
				properties.setProperty("owner.password", created.ownerPassword());
				properties.setProperty("app.password", created.appPassword());
				try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
					properties.store(out, "Casekeep embedded PostgreSQL: generated passwords. Keep this file private.");
				}
				return created;
			}
			return load(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read or write the embedded database's credentials in " + file, ex);
		}
	}

	private static EmbeddedCredentials load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		String owner = properties.getProperty("owner.password");
		String app = properties.getProperty("app.password");
		if (owner == null || app == null || owner.isBlank() || app.isBlank()) {
			throw new IllegalStateException("The embedded database's credentials file " + file + " is incomplete; "
					+ "start afresh with bin/run --reset");
		}
		return new EmbeddedCredentials(owner, app);
	}

	/** 32 random bytes, base64url without padding: 43 characters, no quote or backslash. */
	private static String password() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
