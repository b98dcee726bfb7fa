package org.casekeep.kernel.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.casekeep.kernel.audit.ChainVerification.Finding;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signed checkpoints of the audit chains, kept where the database cannot write (NIST SP 800-53 AU-9(3), AU-10), so
 * that a database superuser who rewrites a chain consistently, or cuts off its end, is still found out.
 * <p>
 * Every minute, on one instance at a time, the job follows each chain's new entries from its last checkpoint,
 * recomputing their hashes, and appends one signed {@link AuditCheckpoint} to the chain's file
 * {@code <chain>.checkpoints} in the checkpoint directory. A chain that did not grow gets no new line: verification
 * tells that apart from a missing checkpoint, because then no entry is left uncovered. The job never signs what it
 * could not follow (an entry changed, the entry its last checkpoint vouches for gone or different): it logs the chain
 * and leaves it to verification to report.
 * <p>
 * The directory is {@code casekeep.audit.checkpoints.directory}. It must be one all instances share and the
 * database's server and its administrators cannot write; it also holds the signing key ({@link CheckpointKey}).
 * With the embedded database, which lives only as long as this JVM, the default is a temporary directory that lives
 * exactly as long; with any other database the directory must be set.
 */
@Component
public class AuditCheckpoints {

	/** The cluster lock (ShedLock) the scheduled checkpoints take. */
	public static final String SCHEDULER_LOCK = "audit-checkpoints";

	/** How often checkpoints are written: at least every minute. */
	static final String INTERVAL = "PT1M";

	private static final Logger LOG = LoggerFactory.getLogger(AuditCheckpoints.class);
	private static final int FETCH_SIZE = 10_000;
	/** Serialises the instances of this JVM (tests run several contexts); a file lock serialises the processes. */
	private static final Object JVM_LOCK = new Object();
	private static @Nullable Path temporaryDirectory;

	private final Path directory;
	private final CheckpointKey key;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate snapshot;

	AuditCheckpoints(@Value("${casekeep.audit.checkpoints.directory:}") String directory, Environment environment,
			JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.directory = prepare(directory.isBlank() ? defaultDirectory(environment) : Path.of(directory));
		this.key = new CheckpointKey(this.directory);
		this.jdbc = new JdbcTemplate(Objects.requireNonNull(jdbc.getDataSource()));
		this.jdbc.setFetchSize(FETCH_SIZE);
		this.snapshot = new TransactionTemplate(transactionManager);
		this.snapshot.setReadOnly(true);
		// Heads and entries from one snapshot, so a chain is followed exactly up to the head that was read.
		this.snapshot.setIsolationLevel(TransactionTemplate.ISOLATION_REPEATABLE_READ);
	}

	/** Where the checkpoints and the key pair are kept. */
	public Path directory() {
		return directory;
	}

	/** The public key that verifies the checkpoints, as SPKI in PEM; the key pair is generated on first use. */
	public String publicKeyPem() {
		return locked(() -> {
			key.signingKey(holdsCheckpoints());
			return key.publicKeyPem();
		});
	}

	/** The last checkpoint of each chain whose last line verifies under the public key, by chain name. */
	public List<AuditCheckpoint> latest() {
		PublicKey verifying = key.verifyingKey();
		List<AuditCheckpoint> latest = new ArrayList<>();
		if (verifying == null) {
			return latest;
		}
		for (String chain : CheckpointStore.fileSizes(directory).keySet()) {
			AuditCheckpoint last = CheckpointStore.verified(
					CheckpointStore.lastLine(directory, chain), chain, verifying);
			if (last != null) {
				latest.add(last);
			}
		}
		return latest;
	}

	@Scheduled(fixedRateString = INTERVAL)
	@SchedulerLock(name = SCHEDULER_LOCK, lockAtMostFor = "PT2M", lockAtLeastFor = "PT10S")
	public void scheduledWrite() {
		write();
	}

	/**
	 * Appends a checkpoint for every chain that grew since its last one and follows on from it.
	 * @return the checkpoints written, by chain name.
	 */
	public List<AuditCheckpoint> write() {
		return locked(() -> {
			PrivateKey signing = key.signingKey(holdsCheckpoints());
			PublicKey verifying = Objects.requireNonNull(key.verifyingKey());
			return snapshot.execute(status -> {
				AuditEntryHash hasher = new AuditEntryHash();
				List<AuditCheckpoint> written = new ArrayList<>();
				List<Head> heads = jdbc.query("select chain, last_seq, last_hash from kernel.audit_chain_head order by chain",
						(rs, row) -> new Head(rs.getString(1), rs.getLong(2), rs.getBytes(3)));
				for (Head head : heads) {
					AuditCheckpoint next = extend(head, hasher, verifying);
					if (next != null) {
						AuditCheckpoint signed = next.signed(CheckpointKey.sign(signing, next.signedText()));
						CheckpointStore.append(directory, head.chain(), signed.line());
						written.add(signed);
					}
				}
				return written;
			});
		});
	}

	/** The checkpoint that extends a chain's last one up to its head, or {@literal null} if none is due or may be. */
	private @Nullable AuditCheckpoint extend(Head head, AuditEntryHash hasher, PublicKey verifying) {
		String chain = head.chain();
		if (!AuditCheckpoint.CHAIN_NAME.matcher(chain).matches()) {
			return refuse(chain, "its name cannot name a file");
		}
		String lastLine = CheckpointStore.lastLine(directory, chain);
		AuditCheckpoint last = CheckpointStore.verified(lastLine, chain, verifying);
		if (lastLine != null && last == null) {
			return refuse(chain, "its last checkpoint does not match its signature");
		}
		long covered = last == null ? 0 : last.entryCount();
		if (head.lastSeq() == covered) {
			return null;
		}
		if (head.lastSeq() < covered) {
			return refuse(chain, "it holds fewer entries than checkpoint " + last.number() + " vouches for");
		}
		ChainWalk walk;
		if (last == null) {
			walk = ChainWalk.fromStart(hasher, chain);
		}
		else {
			Boolean anchored = jdbc.query("select id, hash from kernel.audit_entry where chain = ? and seq = ?",
					rs -> rs.next() && last.vouchesFor(rs.getLong(1), rs.getBytes(2)), chain, covered);
			if (!Boolean.TRUE.equals(anchored)) {
				return refuse(chain, "its entry " + covered + " is not the one checkpoint " + last.number() + " vouches for");
			}
			walk = new ChainWalk(hasher, chain, covered, HexFormat.of().parseHex(last.entryHash()));
		}
		Finding[] problem = new Finding[1];
		jdbc.query("select " + ChainWalk.COLUMNS + " from kernel.audit_entry where chain = ? and seq > ? and seq <= ? "
				+ "order by seq", rs -> {
					Finding found = walk.follow(rs);
					if (problem[0] == null) {
						problem[0] = found;
					}
				}, chain, covered, head.lastSeq());
		if (problem[0] != null) {
			return refuse(chain, problem[0].description() + " (entry " + problem[0].entryId() + ")");
		}
		if (walk.count() != head.lastSeq() || !Arrays.equals(walk.lastHash(), head.lastHash())) {
			return refuse(chain, "its head does not name its last entry");
		}
		return new AuditCheckpoint(chain, last == null ? 1 : last.number() + 1, walk.lastId(), walk.count(),
				AuditCheckpoint.hex(walk.lastHash()), Instant.now(), lastLine == null ? null : AuditCheckpoint.hashOfLine(lastLine),
				"");
	}

	private static @Nullable AuditCheckpoint refuse(String chain, String reason) {
		LOG.error("Audit chain '{}' was not checkpointed: {}. Verify the audit trail on the privacy console.", chain,
				reason);
		return null;
	}

	/** The checkpoint files as they are now: each chain's file and its length, and the key that verifies them. */
	CheckpointStore.Stored stored() {
		return CheckpointStore.Stored.of(directory, key.verifyingKey());
	}

	private boolean holdsCheckpoints() {
		return !CheckpointStore.fileSizes(directory).isEmpty();
	}

	private <T> T locked(Supplier<T> work) {
		synchronized (JVM_LOCK) {
			try (FileChannel channel = FileChannel.open(directory.resolve(".lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
				return work.get();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not lock the checkpoint directory " + directory, ex);
			}
		}
	}

	private static Path prepare(Path directory) {
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create the checkpoint directory " + directory, ex);
		}
		if (!Files.isWritable(directory)) {
			throw new IllegalStateException("The checkpoint directory " + directory + " is not writable");
		}
		return directory;
	}

	/**
	 * The embedded database (no {@code spring.datasource.url}, as the embedded database's configuration reads it)
	 * lives only as long as this JVM: its checkpoints go to a temporary directory that lives exactly as long, shared by
	 * every application context of the JVM as the database is. Any other database needs a directory that outlives it.
	 */
	private static synchronized Path defaultDirectory(Environment environment) {
		String url = environment.getProperty("spring.datasource.url", "");
		if (!url.isBlank() && !url.equals("embedded")) {
			throw new IllegalStateException("Set casekeep.audit.checkpoints.directory (CASEKEEP_AUDIT_CHECKPOINTS_DIRECTORY) "
					+ "to a directory the database cannot write, shared by all instances: the audit trail's signed "
					+ "checkpoints and their key are kept there");
		}
		if (temporaryDirectory == null) {
			try {
				Path created = Files.createTempDirectory("casekeep-audit-checkpoints-");
				Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(created), "audit-checkpoints-cleanup"));
				temporaryDirectory = created;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not create a temporary checkpoint directory", ex);
			}
		}
		return temporaryDirectory;
	}

	private static void deleteQuietly(Path directory) {
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
			Files.deleteIfExists(directory);
		}
		catch (IOException ex) {
			// a temporary directory; the system cleans it up eventually
		}
	}

	private record Head(String chain, long lastSeq, byte[] lastHash) {
	}
}
