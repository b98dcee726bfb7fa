package org.casekeep.kernel.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;

import org.casekeep.kernel.audit.ChainVerification.Finding;
import org.casekeep.kernel.audit.ChainVerification.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a chain's checkpoints back: each line names the SHA-256 of the one before, and the newest signature of a
 * run of linked lines vouches for the run, so a line taken out or altered anywhere shows, with one signature checked.
 */
class CheckpointFileTests {

	@TempDir
	Path directory;

	CheckpointKey key;
	PrivateKey signing;
	List<Finding> findings = new ArrayList<>();

	@BeforeEach
	void aKeyPair() {
		key = new CheckpointKey(directory);
		signing = key.signingKey(false);
	}

	@Test
	void linkedCheckpointsAreAllReadBackWithNothingFound() throws Exception {
		CheckpointFiles.write(directory, "main", 4, signing, false);
		assertThat(readBack()).extracting(AuditCheckpoint::number).containsExactly(1L, 2L, 3L, 4L);
		assertThat(findings).isEmpty();
	}

	@Test
	void aCheckpointTakenFromTheMiddleIsMissingAndTheOthersStillCount() throws Exception {
		List<String> lines = CheckpointFiles.write(directory, "main", 3, signing, true);
		rewrite(lines.get(0), lines.get(2));
		assertThat(readBack()).extracting(AuditCheckpoint::number).containsExactly(1L, 3L);
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.kind()).isEqualTo(Kind.MISSING_CHECKPOINT);
			assertThat(finding.description()).isEqualTo("checkpoint 2 of chain 'main' is missing: checkpoint 3 follows checkpoint 1");
		});
	}

	@Test
	void theFirstCheckpointsTakenAwayAreMissing() throws Exception {
		List<String> lines = CheckpointFiles.write(directory, "main", 3, signing, false);
		rewrite(lines.get(2));
		assertThat(readBack()).extracting(AuditCheckpoint::number).containsExactly(3L);
		assertThat(findings).extracting(Finding::kind).containsExactly(Kind.MISSING_CHECKPOINT);
	}

	@Test
	void aCheckpointAlteredInTheMiddleIsAlteredAndNotReadBack() throws Exception {
		List<String> lines = CheckpointFiles.write(directory, "main", 3, signing, true);
		rewrite(lines.get(0), lines.get(1).replace(" count=20 ", " count=19 "), lines.get(2));
		assertThat(readBack()).extracting(AuditCheckpoint::number).containsExactly(1L, 3L);
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.kind()).isEqualTo(Kind.ALTERED_CHECKPOINT);
			assertThat(finding.checkpoint()).isEqualTo(2);
		});
	}

	@Test
	void theNewestCheckpointAlteredIsAlteredAndTheOnesBeforeItStillCount() throws Exception {
		List<String> lines = CheckpointFiles.write(directory, "main", 3, signing, true);
		rewrite(lines.get(0), lines.get(1), lines.get(2).replace(" entry=1003 ", " entry=1004 "));
		assertThat(readBack()).extracting(AuditCheckpoint::number).containsExactly(1L, 2L);
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.kind()).isEqualTo(Kind.ALTERED_CHECKPOINT);
			assertThat(finding.description()).isEqualTo("checkpoint 3 of chain 'main' does not match its signature: it was altered");
		});
	}

	@Test
	void aLineThatIsNoCheckpointIsAnAlteredOneAndTheCheckpointsAroundItStillCount() throws Exception {
		List<String> lines = CheckpointFiles.write(directory, "main", 2, signing, true);
		rewrite(lines.get(0), "something else", lines.get(1));
		assertThat(readBack()).extracting(AuditCheckpoint::number).containsExactly(1L, 2L);
		assertThat(findings).extracting(Finding::kind).containsExactly(Kind.ALTERED_CHECKPOINT);
	}

	@Test
	void aCheckpointOfAnotherChainCopiedInIsAnAlteredOne() throws Exception {
		List<String> security = CheckpointFiles.write(directory, "security", 1, signing, true);
		List<String> main = CheckpointFiles.write(directory, "main", 1, signing, true);
		rewrite(main.get(0), security.get(0));
		assertThat(readBack()).extracting(AuditCheckpoint::number).containsExactly(1L);
		assertThat(findings).extracting(Finding::kind).containsExactly(Kind.ALTERED_CHECKPOINT);
	}

	@Test
	void withoutThePublicKeyNoCheckpointCountsAndThatIsReported() throws Exception {
		CheckpointFiles.write(directory, "main", 2, signing, true);
		Files.delete(directory.resolve(CheckpointKey.PUBLIC_KEY));
		assertThat(readBack()).isEmpty();
		assertThat(findings).singleElement().satisfies(finding -> assertThat(finding.description())
			.contains("the public key is missing"));
	}

	@Test
	void aCheckpointAppendedAfterTheFilesWereFixedIsNotRead() throws Exception {
		List<String> lines = CheckpointFiles.write(directory, "main", 3, signing, true);
		rewrite(lines.get(0), lines.get(1));
		CheckpointStore.Stored fixed = CheckpointStore.Stored.of(directory, key.verifyingKey());
		Files.writeString(CheckpointStore.fileOf(directory, "main"), lines.get(2) + "\n", StandardOpenOption.APPEND);
		List<Long> numbers = new ArrayList<>();
		try (CheckpointStore.Reader reader = fixed.open("main", findings::add)) {
			for (AuditCheckpoint next = reader.next(); next != null; next = reader.next()) {
				numbers.add(next.number());
			}
		}
		assertThat(numbers).containsExactly(1L, 2L);
		assertThat(findings).isEmpty();
	}

	private List<AuditCheckpoint> readBack() {
		return CheckpointFiles.readBack(directory, "main", key, findings);
	}

	private void rewrite(String... lines) throws Exception {
		Files.write(CheckpointStore.fileOf(directory, "main"), List.of(lines));
	}
}
