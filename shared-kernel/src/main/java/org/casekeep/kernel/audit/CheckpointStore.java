package org.casekeep.kernel.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PublicKey;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.casekeep.kernel.audit.ChainVerification.Finding;
import org.casekeep.kernel.audit.ChainVerification.Kind;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checkpoint files of a checkpoint directory: one per chain, {@code <chain>.checkpoints}, one line per
 * {@link AuditCheckpoint}, appended by {@link AuditCheckpoints} and read back by {@link AuditChainVerifier}.
 */
final class CheckpointStore {

	static final String SUFFIX = ".checkpoints";

	private static final Logger LOG = LoggerFactory.getLogger(CheckpointStore.class);

	private CheckpointStore() {
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

	static @Nullable AuditCheckpoint verified(@Nullable String line, String chain, PublicKey key) {
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

	static Map<String, Long> fileSizes(Path directory) {
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

	/** The last line of a chain's file, read from its end, or {@literal null} if the file is missing or empty. */
	static @Nullable String lastLine(Path directory, String chain) {
		Path file = fileOf(directory, chain);
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

	static void append(Path directory, String chain, String line) {
		Path file = fileOf(directory, chain);
		try {
			// One write of the whole line, synced to the disk before the job moves on.
			Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND, StandardOpenOption.SYNC);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not append a checkpoint to " + file, ex);
		}
	}
}
