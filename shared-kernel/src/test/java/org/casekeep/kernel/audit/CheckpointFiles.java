package org.casekeep.kernel.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.casekeep.kernel.audit.ChainVerification.Finding;

/** Checkpoint files as the job writes them, for tests and benchmarks of reading them back. */
final class CheckpointFiles {

	private CheckpointFiles() {
	}

	/**
	 * Writes {@code count} linked checkpoints of {@code chain}, each signed when {@code signEach}, else only the newest
	 * (the others carry a signature of the right length that nothing checks while the newest vouches for them).
	 */
	static List<String> write(Path directory, String chain, int count, PrivateKey key, boolean signEach)
			throws IOException {
		List<String> lines = new ArrayList<>();
		String unchecked = "A".repeat(86) + "==";
		String previous = null;
		Instant at = Instant.parse("2026-01-05T14:00:00Z");
		try (BufferedWriter out = Files.newBufferedWriter(CheckpointStore.fileOf(directory, chain), StandardCharsets.UTF_8)) {
			for (int number = 1; number <= count; number++) {
				AuditCheckpoint unsigned = new AuditCheckpoint(chain, number, 1000L + number, 10L * number,
						String.format("%064x", number), at.plusSeconds(60L * number), previous, "");
				String signature = signEach || number == count ? CheckpointKey.sign(key, unsigned.signedText()) : unchecked;
				String line = unsigned.signed(signature).line();
				out.write(line);
				out.write('\n');
				lines.add(line);
				previous = AuditCheckpoint.hashOfLine(line);
			}
		}
		return lines;
	}

	/** Every checkpoint the reader yields as authentic; what it finds wrong goes to {@code findings}. */
	static List<AuditCheckpoint> readBack(Path directory, String chain, CheckpointKey key, List<Finding> findings) {
		List<AuditCheckpoint> read = new ArrayList<>();
		try (CheckpointStore.Reader reader = CheckpointStore.Stored.of(directory, key.verifyingKey())
			.open(chain, findings::add)) {
			for (AuditCheckpoint next = reader.next(); next != null; next = reader.next()) {
				read.add(next);
			}
		}
		return read;
	}
}
