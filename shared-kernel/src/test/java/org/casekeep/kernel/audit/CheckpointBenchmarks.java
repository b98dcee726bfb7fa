package org.casekeep.kernel.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.casekeep.kernel.audit.ChainVerification.Finding;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** What verification spends on the checkpoints of a long-running chain, printed by {@code bin/bench}. */
@Tag("benchmark")
class CheckpointBenchmarks {

	/** A year of checkpoints, one a minute. */
	static final int CHECKPOINTS = Integer.getInteger("bench.checkpoints", 365 * 24 * 60);

	@TempDir
	Path directory;

	@Test
	void readingBackAYearOfCheckpointsOfOneChain() throws Exception {
		CheckpointKey key = new CheckpointKey(directory);
		CheckpointFiles.write(directory, "main", CHECKPOINTS, key.signingKey(false), false);
		List<Finding> findings = new ArrayList<>();
		CheckpointFiles.readBack(directory, "main", key, findings); // warm-up

		long started = System.nanoTime();
		int read = CheckpointFiles.readBack(directory, "main", key, findings).size();
		double seconds = (System.nanoTime() - started) / 1e9;

		System.out.printf("BENCHMARK audit checkpoints read back by verification: %,d checkpoints of one chain (a year, one a minute; %.0f MB) followed by their links and the newest signature in %.1f s = %,.0f checkpoints/s%n",
				read, Files.size(CheckpointStore.fileOf(directory, "main")) / 1e6, seconds, read / seconds);
		assertThat(findings).isEmpty();
		assertThat(read).isEqualTo(CHECKPOINTS);
	}
}
