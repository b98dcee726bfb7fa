package org.casekeep.kernel.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The key pair that signs the audit checkpoints, and the signed line each checkpoint is stored as. */
class CheckpointKeyTests {

	@TempDir
	Path directory;

	@Test
	void thePairIsGeneratedOnFirstUseWithThePrivateKeyReadableByItsOwnerOnly() throws Exception {
		CheckpointKey key = new CheckpointKey(directory);
		assertThat(key.verifyingKey()).as("before first use").isNull();

		PrivateKey signing = key.signingKey(false);

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve(CheckpointKey.PRIVATE_KEY))))
			.isEqualTo("rw-------");
		assertThat(Files.readString(directory.resolve(CheckpointKey.PRIVATE_KEY))).startsWith("-----BEGIN PRIVATE KEY-----");
		assertThat(key.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----").endsWith("-----END PUBLIC KEY-----\n");
		PublicKey verifying = new CheckpointKey(directory).verifyingKey();
		assertThat(verifying).isNotNull();
		assertThat(CheckpointKey.verifies(verifying, "text", CheckpointKey.sign(signing, "text"))).isTrue();
		assertThat(CheckpointKey.verifies(verifying, "other text", CheckpointKey.sign(signing, "text"))).isFalse();
	}

	@Test
	void theSamePairIsReadBackRatherThanGeneratedAgain() {
		PrivateKey first = new CheckpointKey(directory).signingKey(false);
		PrivateKey again = new CheckpointKey(directory).signingKey(true);
		assertThat(again.getEncoded()).isEqualTo(first.getEncoded());
	}

	@Test
	void aPrivateKeyOthersMayReadIsRefused() throws Exception {
		new CheckpointKey(directory).signingKey(false);
		Files.setPosixFilePermissions(directory.resolve(CheckpointKey.PRIVATE_KEY), PosixFilePermissions.fromString("rw-r-----"));
		assertThatIllegalStateException().isThrownBy(() -> new CheckpointKey(directory).signingKey(true))
			.withMessageContaining("chmod 600");
	}

	@Test
	void noNewPairIsGeneratedOverCheckpointsAnEarlierOneSigned() {
		assertThatIllegalStateException().isThrownBy(() -> new CheckpointKey(directory).signingKey(true))
			.withMessageContaining("restore");
		assertThat(directory.resolve(CheckpointKey.PRIVATE_KEY)).doesNotExist();
	}

	@Test
	void aCheckpointReadsBackAsWrittenAndItsSignatureCoversEveryField() {
		CheckpointKey key = new CheckpointKey(directory);
		PrivateKey signing = key.signingKey(false);
		AuditCheckpoint unsigned = new AuditCheckpoint("main", 2, 1042, 517, "ab".repeat(32),
				Instant.parse("2026-01-05T14:03:00.123456Z"), "cd".repeat(32), "");
		AuditCheckpoint checkpoint = unsigned.signed(CheckpointKey.sign(signing, unsigned.signedText()));

		String line = checkpoint.line();
		assertThat(AuditCheckpoint.parse(line)).isEqualTo(checkpoint);
		assertThat(AuditCheckpoint.signedPart(line)).isEqualTo(checkpoint.signedText());
		assertThat(CheckpointKey.verifies(key.verifyingKey(), AuditCheckpoint.signedPart(line), checkpoint.signature()))
			.isTrue();
		for (String altered : new String[] { line.replace("count=517", "count=516"), line.replace("entry=1042", "entry=1041"),
				line.replace("number=2", "number=3"), line.replace("previous=" + "cd".repeat(32), "previous=-"),
				line.replace(".123456Z", ".123457Z"), line.replace("chain=main", "chain=security") }) {
			assertThat(CheckpointKey.verifies(key.verifyingKey(), AuditCheckpoint.signedPart(altered), checkpoint.signature()))
				.as(altered).isFalse();
		}
		assertThat(AuditCheckpoint.parse("audit-checkpoint/1 chain=main number=1")).isNull();
	}
}
