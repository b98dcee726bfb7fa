package org.casekeep.kernel.retention.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.retention.RecordArchiver;
import org.casekeep.kernel.retention.RetentionSchedule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one archive package per record (Detention Ombudsman PIA 5.2: "archive and remove"): a zip holding
 * {@value RecordArchiver.Entry#MANIFEST} (the record type and id, the schedule it was kept under, and each entry's
 * name, size and SHA-256) and the entries the owning module's {@link RecordArchiver} gave. The package is written under
 * a temporary name and forced to disk, then re-read and every digest checked, and only then given its final name; a
 * package that fails any step is deleted and {@link ArchiveFailedException} thrown, so no record is destroyed without
 * its archive. Written in a transaction, the package is deleted again if that transaction rolls back (the record was
 * kept, and the next attempt writes a new one).
 * <p>
 * Writing a package is audited as an export of the record, naming the package.
 * Packages go to {@code casekeep.retention.archive-directory}; they hold the records' personal data, so the directory
 * must be as protected as the database. Nothing of a record's content is logged.
 */
@Component
public class ArchivePackages {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final Path directory;
	private final JsonMapper json;
	private final AuditTrail auditTrail;

	ArchivePackages(@Value("${casekeep.retention.archive-directory:${casekeep.data-directory:${user.home}/.casekeep}/retention-archive}") Path directory,
			JsonMapper json, AuditTrail auditTrail) {
		this.directory = directory;
		this.json = json;
		this.auditTrail = auditTrail;
	}

	/** Where packages are written. */
	public Path directory() {
		return directory;
	}

	/**
	 * Writes and verifies the package of one record.
	 *
	 * @throws ArchiveFailedException if there is nothing to archive or the package cannot be written or verified;
	 * nothing is left in the directory then.
	 */
	public ArchivePackage write(RetentionSchedule schedule, String recordType, String recordId,
			List<RecordArchiver.Entry> entries, Instant now) {
		String what = recordType + " " + recordId;
		if (entries.isEmpty()) {
			throw new ArchiveFailedException("The archiver of " + recordType + " gave nothing to archive for " + what);
		}
		Set<String> names = new HashSet<>();
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("recordType", recordType);
		manifest.put("recordId", recordId);
		manifest.put("schedule", scheduleOf(schedule));
		manifest.put("archivedAt", now.toString());
		List<Map<String, Object>> listed = new java.util.ArrayList<>();
		for (RecordArchiver.Entry entry : entries) {
			if (!names.add(entry.name())) {
				throw new ArchiveFailedException("The archiver of " + recordType + " named an entry twice for " + what);
			}
			listed.add(Map.of("name", entry.name(), "size", entry.content().length, "sha256", sha256(entry.content())));
		}
		manifest.put("entries", listed);
		String fileName = fileSafe(recordType) + "_" + fileSafe(recordId) + "_" + STAMP.format(now) + "_"
				+ UUID.randomUUID().toString().substring(0, 8) + ".zip";
		Path target = directory.resolve(fileName);
		Path partial = directory.resolve(fileName + ".partial");
		try {
			Files.createDirectories(directory);
			String written = writeZip(partial, json.writeValueAsBytes(manifest), entries);
			verify(partial, written, entries);
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			deleteOnRollback(target);
			// The record's content left the database for the package: audited as an export, naming the package.
			auditTrail.record(new AuditEvent(AuditAction.EXPORT, recordType, recordId, null, List.of(),
					"retention archive", fileName));
			return new ArchivePackage(fileName, written, target);
		}
		catch (IOException | RuntimeException ex) {
			deleteQuietly(partial);
			deleteQuietly(target);
			if (ex instanceof ArchiveFailedException failed) {
				throw failed;
			}
			// The cause's message can quote a path or content: only its kind is kept.
			throw new ArchiveFailedException("The archive package of " + what + " could not be written ("
					+ ex.getClass().getSimpleName() + ")");
		}
	}

	private static Map<String, Object> scheduleOf(RetentionSchedule schedule) {
		Map<String, Object> described = new LinkedHashMap<>();
		described.put("code", schedule.code());
		described.put("title", schedule.title());
		described.put("authority", schedule.authority());
		described.put("disposition", schedule.disposition());
		described.put("kind", schedule.kind().name());
		described.put("anchor", schedule.anchor() == null ? null : schedule.anchor().name());
		described.put("period", schedule.period() == null ? null : schedule.period().toString());
		described.put("approvedOn", schedule.approvedOn() == null ? null : schedule.approvedOn().toString());
		return described;
	}

	/** Writes the zip, manifest first, forced to disk; returns the file's SHA-256. */
	private static String writeZip(Path file, byte[] manifest, List<RecordArchiver.Entry> entries) throws IOException {
		MessageDigest digest = sha256();
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			OutputStream out = Channels.newOutputStream(channel);
			ZipOutputStream zip = new ZipOutputStream(new DigestOutputStream(out, digest));
			zip.putNextEntry(new ZipEntry(RecordArchiver.Entry.MANIFEST));
			zip.write(manifest);
			zip.closeEntry();
			for (RecordArchiver.Entry entry : entries) {
				zip.putNextEntry(new ZipEntry(entry.name()));
				zip.write(entry.content());
				zip.closeEntry();
			}
			zip.finish();
			zip.flush();
			channel.force(true);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * Re-reads the package from disk: the file's digest is the one written, it holds the manifest and exactly the
	 * entries, and each entry's bytes have the digest the manifest lists.
	 */
	private void verify(Path file, String expectedSha256, List<RecordArchiver.Entry> entries) throws IOException {
		if (!expectedSha256.equals(sha256(file))) {
			throw new ArchiveFailedException("The archive package " + file.getFileName() + " does not read back as written");
		}
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry manifestEntry = zip.getEntry(RecordArchiver.Entry.MANIFEST);
			if (manifestEntry == null || zip.size() != entries.size() + 1) {
				throw new ArchiveFailedException("The archive package " + file.getFileName() + " lacks entries");
			}
			Map<String, String> listed = new LinkedHashMap<>();
			try (InputStream in = zip.getInputStream(manifestEntry)) {
				json.readTree(in).get("entries").forEach(e -> listed.put(e.get("name").asString(), e.get("sha256").asString()));
			}
			for (RecordArchiver.Entry entry : entries) {
				ZipEntry stored = zip.getEntry(entry.name());
				String digest;
				try (InputStream in = stored == null ? InputStream.nullInputStream() : zip.getInputStream(stored)) {
					digest = sha256(in.readAllBytes());
				}
				if (stored == null || !digest.equals(listed.get(entry.name())) || !digest.equals(sha256(entry.content()))) {
					throw new ArchiveFailedException("An entry of the archive package " + file.getFileName()
							+ " does not match its digest");
				}
			}
		}
	}

	private static void deleteOnRollback(Path file) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status == STATUS_ROLLED_BACK) {
						deleteQuietly(file);
					}
				}
			});
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// Left for the operator; the record was kept, and the name says it is not a finished package.
		}
	}

	/** A record type or id as part of a file name: anything but letters, digits, . and - becomes _. */
	private static String fileSafe(String value) {
		String safe = value.replaceAll("[^A-Za-z0-9.-]", "_");
		return safe.length() > 80 ? safe.substring(0, 80) : safe;
	}

	/** The SHA-256 of some bytes, in hex. */
	public static String sha256(byte[] bytes) {
		return HexFormat.of().formatHex(sha256().digest(bytes));
	}

	/** The SHA-256 of a file, in hex. */
	public static String sha256(Path file) throws IOException {
		MessageDigest digest = sha256();
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[64 * 1024];
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				digest.update(buffer, 0, read);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java runtime", ex);
		}
	}
}
