package org.casekeep.kernel.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.casekeep.kernel.audit.ChainVerification.Finding;
import org.casekeep.kernel.audit.ChainVerification.Kind;
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

	static final String SUFFIX = ".checkpoints";

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
		for (String chain : fileSizes(directory).keySet()) {
			AuditCheckpoint last = verified(lastLine(fileOf(directory, chain)), chain, verifying);
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
						append(fileOf(directory, head.chain()), signed.line());
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
		String lastLine = lastLine(fileOf(directory, chain));
		AuditCheckpoint last = verified(lastLine, chain, verifying);
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
	Stored stored() {
		return Stored.of(directory, key.verifyingKey());
	}

	/**
	 * A view of the checkpoint files fixed before the database snapshot verification reads, so that a checkpoint
	 * appended meanwhile (naming entries the snapshot cannot see) is not read.
	 */
	static final class Stored {

		private final Path directory;
		private final Map<String, Long> sizes;
		private final @Nullable PublicKey key;

		private Stored(Path directory, Map<String, Long> sizes, @Nullable PublicKey key) {
			this.directory = directory;
			this.sizes = sizes;
			this.key = key;
		}

		static Stored of(Path directory, @Nullable PublicKey key) {
			return new Stored(directory, fileSizes(directory), key);
		}

		/** The chains that have a checkpoint file. */
		Set<String> chains() {
			return sizes.keySet();
		}

		/** Reads a chain's checkpoints in order; what is wrong with them goes to {@code findings}. */
		Reader open(String chain, Consumer<Finding> findings) {
			return new Reader(fileOf(directory, chain), chain, sizes.getOrDefault(chain, 0L), key, findings);
		}
	}

	/**
	 * Reads one chain's checkpoints in order, yielding only authentic ones. A first pass follows the links between the
	 * lines (each names the SHA-256 of the line before it) and checks one signature per run of linked lines, its
	 * newest: that vouches for the whole run. A break in the links is a missing checkpoint when numbers are skipped,
	 * else an altered one; a run whose newest line does not match its signature was altered at its end. Each kind is
	 * reported once per chain. The second pass yields the lines found authentic.
	 */
	static final class Reader implements AutoCloseable {

		/** How many lines back from a run's end to look for one whose signature verifies. */
		private static final int SIGNATURE_ATTEMPTS = 3;

		private final Path file;
		private final String chain;
		private final long limit;
		private final @Nullable PublicKey key;
		private final Consumer<Finding> findings;
		private final BitSet authentic = new BitSet();
		private final Deque<Line> runEnd = new ArrayDeque<>();
		private final Set<Kind> reported = EnumSet.noneOf(Kind.class);
		private @Nullable Lines lines;
		private int read;
		private int runStart;

		private Reader(Path file, String chain, long limit, @Nullable PublicKey key, Consumer<Finding> findings) {
			this.file = file;
			this.chain = chain;
			this.limit = limit;
			this.key = key;
			this.findings = findings;
			authenticate();
		}

		/** The next authentic checkpoint, or {@literal null} at the end. */
		@Nullable AuditCheckpoint next() {
			if (lines == null) {
				lines = new Lines(file, limit);
			}
			String line;
			while ((line = lines.next()) != null) {
				if (authentic.get(lines.index())) {
					return AuditCheckpoint.parse(line);
				}
			}
			return null;
		}

		/** How many checkpoints the file holds, authentic or not. */
		long read() {
			return read;
		}

		private void authenticate() {
			try (Lines all = new Lines(file, limit)) {
				String previousLine = null;
				AuditCheckpoint previous = null;
				String line;
				while ((line = all.next()) != null) {
					read++;
					int index = all.index();
					AuditCheckpoint checkpoint = AuditCheckpoint.parse(line);
					if (checkpoint == null || !checkpoint.chain().equals(chain)) {
						endRun();
						report(Kind.ALTERED_CHECKPOINT, null, "line " + (index + 1) + " of the checkpoints of chain '"
								+ chain + "' is not a checkpoint of that chain: it was altered");
						runStart = index + 1;
					}
					else {
						if (!Objects.equals(checkpoint.previous(),
								previousLine == null ? null : AuditCheckpoint.hashOfLine(previousLine))) {
							endRun();
							if (previousLine == null || previous != null) {
								broken(previous, checkpoint);
							}
							runStart = index;
						}
						runEnd.addLast(new Line(index, line, checkpoint));
						if (runEnd.size() > SIGNATURE_ATTEMPTS) {
							runEnd.removeFirst();
						}
					}
					previousLine = line;
					previous = checkpoint;
				}
				endRun();
			}
		}

		/** Why a checkpoint does not name the line before it ({@literal null} at the start of the file). */
		private void broken(@Nullable AuditCheckpoint previous, AuditCheckpoint checkpoint) {
			long expected = previous == null ? 1 : previous.number() + 1;
			if (checkpoint.number() > expected) {
				report(Kind.MISSING_CHECKPOINT, checkpoint.number(), "checkpoint " + expected + " of chain '" + chain
						+ "' is missing: checkpoint " + checkpoint.number() + " follows "
						+ (previous == null ? "none" : "checkpoint " + previous.number()));
			}
			else if (previous != null && checkpoint.number() == expected) {
				report(Kind.ALTERED_CHECKPOINT, previous.number(), "checkpoint " + previous.number() + " of chain '"
						+ chain + "' is not what checkpoint " + checkpoint.number() + " vouches for: it was altered");
			}
			else {
				report(Kind.MISSING_CHECKPOINT, checkpoint.number(), "checkpoint " + checkpoint.number() + " of chain '"
						+ chain + "' does not follow " + (previous == null ? "the start of the file"
								: "checkpoint " + previous.number()));
			}
		}

		/** Ends the current run of linked lines: its newest line whose signature verifies vouches for it. */
		private void endRun() {
			Line newest = runEnd.peekLast();
			while (!runEnd.isEmpty()) {
				Line candidate = runEnd.removeLast();
				if (key != null && CheckpointKey.verifies(key, AuditCheckpoint.signedPart(candidate.text()),
						candidate.checkpoint().signature())) {
					authentic.set(runStart, candidate.index() + 1);
					break;
				}
			}
			runEnd.clear();
			if (newest != null && !authentic.get(newest.index())) {
				report(Kind.ALTERED_CHECKPOINT, newest.checkpoint().number(), key == null
						? "the public key is missing from the checkpoint directory: the checkpoints of chain '" + chain
								+ "' cannot be verified"
						: "checkpoint " + newest.checkpoint().number() + " of chain '" + chain
								+ "' does not match its signature: it was altered");
			}
		}

		private void report(Kind kind, @Nullable Long checkpoint, String description) {
			if (reported.add(kind)) {
				findings.accept(new Finding(kind, chain, null, checkpoint, description));
			}
		}

		@Override
		public void close() {
			if (lines != null) {
				lines.close();
			}
		}

		private record Line(int index, String text, AuditCheckpoint checkpoint) {
		}
	}

	/** The non-blank lines of a checkpoint file up to a length, each with its index. */
	private static final class Lines implements AutoCloseable {

		private final Path file;
		private final long limit;
		private @Nullable BufferedReader reader;
		private long consumed;
		private int index = -1;

		Lines(Path file, long limit) {
			this.file = file;
			this.limit = limit;
		}

		@Nullable String next() {
			try {
				if (reader == null) {
					if (limit == 0) {
						return null;
					}
					reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				}
				String line;
				do {
					if (consumed >= limit || (line = reader.readLine()) == null) {
						return null;
					}
					consumed += line.getBytes(StandardCharsets.UTF_8).length + 1;
				}
				while (line.isBlank());
				index++;
				return line;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not read " + file, ex);
			}
		}

		int index() {
			return index;
		}

		@Override
		public void close() {
			if (reader != null) {
				try {
					reader.close();
				}
				catch (IOException ex) {
					LOG.warn("Could not close {}", file, ex);
				}
			}
		}
	}

	private static @Nullable AuditCheckpoint verified(@Nullable String line, String chain, PublicKey key) {
		if (line == null) {
			return null;
		}
		AuditCheckpoint checkpoint = AuditCheckpoint.parse(line);
		String signed = AuditCheckpoint.signedPart(line);
		return checkpoint != null && signed != null && checkpoint.chain().equals(chain)
				&& CheckpointKey.verifies(key, signed, checkpoint.signature()) ? checkpoint : null;
	}

	static Path fileOf(Path directory, String chain) {
		return directory.resolve(chain + SUFFIX);
	}

	private boolean holdsCheckpoints() {
		return !fileSizes(directory).isEmpty();
	}

	private static Map<String, Long> fileSizes(Path directory) {
		Map<String, Long> sizes = new TreeMap<>();
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				String chain = name.substring(0, Math.max(0, name.length() - SUFFIX.length()));
				if (name.endsWith(SUFFIX) && AuditCheckpoint.CHAIN_NAME.matcher(chain).matches()) {
					sizes.put(chain, Files.size(file));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list the checkpoint directory " + directory, ex);
		}
		return sizes;
	}

	/** The last line of a file, read from its end, or {@literal null} if the file is missing or empty. */
	private static @Nullable String lastLine(Path file) {
		if (!Files.exists(file)) {
			return null;
		}
		try (SeekableByteChannel channel = Files.newByteChannel(file)) {
			long size = channel.size();
			int tail = (int) Math.min(size, 8192);
			ByteBuffer buffer = ByteBuffer.allocate(tail);
			channel.position(size - tail);
			while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
				// read the whole tail
			}
			String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
			return text.isEmpty() ? null : text.substring(text.lastIndexOf('\n') + 1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file, ex);
		}
	}

	private static void append(Path file, String line) {
		try {
			// One write of the whole line, synced to the disk before the job moves on.
			Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND, StandardOpenOption.SYNC);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not append a checkpoint to " + file, ex);
		}
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
