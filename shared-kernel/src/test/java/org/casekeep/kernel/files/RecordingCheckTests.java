package org.casekeep.kernel.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.casekeep.kernel.testing.Documents;
import org.casekeep.kernel.testing.Recordings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * Recordings are recognised from their bytes (Customer Research PIA, "Audio and Video Recordings"), and taking them
 * weakens nothing: documents are still refused as recordings, recordings are still refused as documents, and a file
 * that only starts like a recording is refused.
 */
class RecordingCheckTests {

	private static final TextExtraction EXTRACTION = new TextExtraction(FileLimits.defaults().withoutOcr());
	private static final UploadCheck CHECK = new UploadCheck(EXTRACTION);

	@AfterAll
	static void stop() {
		EXTRACTION.destroy();
	}

	@Test
	void eachRecordingFormatIsRecognisedFromItsBytesWhateverItsName() {
		assertThat(CHECK.checkRecording("a.pdf", Recordings.mp3()).mediaType()).isEqualTo("audio/mpeg");
		assertThat(CHECK.checkRecording("b", Recordings.bareMp3()).mediaType()).isEqualTo("audio/mpeg");
		assertThat(CHECK.checkRecording("c.docx", Recordings.wav()).mediaType()).isEqualTo("audio/wav");
		assertThat(CHECK.checkRecording("d", Recordings.m4a()).mediaType()).isEqualTo("audio/mp4");
		assertThat(CHECK.checkRecording("e", Recordings.mp4()).mediaType()).isEqualTo("video/mp4");
		assertThat(CHECK.checkRecording("f", Recordings.webm()).mediaType()).isEqualTo("video/webm");
		UploadCheck.Checked checked = CHECK.check("g.mp3", Recordings.mp3(), UploadCheck.RECORDINGS);
		assertThat(checked.typeName(UploadCheck.RECORDINGS)).isEqualTo("MP3 audio");
		assertThat(checked.readable()).as("a recording has no text to check").isFalse();
		assertThat(checked.text()).isEmpty();
	}

	@Test
	void documentsAndLookAlikesAreNotRecordings() {
		refused(Documents.pdf("Interview notes"));
		refused(Documents.docx("Interview notes"));
		refused("ID3 is a tag format, not this text file".getBytes(StandardCharsets.UTF_8));
		refused(Recordings.isoMedia("heic"));
		refused(Recordings.isoMedia("qt  "));
		refused(Recordings.ebml("matroska"));
		byte[] wav = Recordings.wav();
		refused(Arrays.copyOf(wav, 30));
		byte[] badFrame = Recordings.bareMp3();
		badFrame[1] = (byte) 0xFD; // Layer I, not III
		refused(badFrame);
		byte[] tagOnly = Arrays.copyOf(Recordings.mp3(), 26);
		refused(tagOnly);
	}

	@Test
	void theDocumentChecksStillRefuseRecordings() {
		assertThatThrownBy(() -> CHECK.check("notes.pdf", Recordings.mp3(), UploadCheck.DOCUMENTS))
			.isInstanceOfSatisfying(UploadRefusedException.class,
					ex -> assertThat(ex.reason()).isEqualTo(UploadRefusedException.Reason.UNSUPPORTED_TYPE));
		assertThatThrownBy(() -> CHECK.check("scan.png", Recordings.webm(), UploadCheck.LETTERS))
			.isInstanceOf(UploadRefusedException.class);
		assertThat(CHECK.check("notes.pdf", Documents.pdf("Interview notes"), UploadCheck.DOCUMENTS).mediaType())
			.isEqualTo("application/pdf");
	}

	@Test
	void aRecordingOverTheSizeLimitIsRefusedAs413() {
		byte[] big = Arrays.copyOf(Recordings.wav(), (int) FileLimits.defaults().maxBytes() + 1);
		assertThatThrownBy(() -> CHECK.checkRecording("long.wav", big))
			.isInstanceOfSatisfying(UploadRefusedException.class, ex -> {
				assertThat(ex.status().value()).isEqualTo(413);
				assertThat(ex.getMessage()).contains("long.wav");
			});
	}

	/** Random bytes are almost never a recording; when one is, it must at least carry a known signature. */
	@RepeatedTest(200)
	void randomBytesAreRefusedUnlessTheyHappenToCarryASignature(RepetitionInfo repetition) {
		byte[] noise = new byte[64 + repetition.getCurrentRepetition()];
		new Random(repetition.getCurrentRepetition()).nextBytes(noise);
		noise[0] = 0x00; // no frame sync, no "ID3", "RIFF" or EBML magic at the start
		noise[4] = 0x00; // no "ftyp" box
		refused(noise);
	}

	private static void refused(byte[] content) {
		assertThatThrownBy(() -> CHECK.checkRecording("x.mp3", content))
			.isInstanceOfSatisfying(UploadRefusedException.class, ex -> {
				assertThat(ex.status().value()).isEqualTo(415);
				assertThat(ex.getMessage()).contains("x.mp3").contains("MP3, WAV, M4A, MP4 or WebM");
			});
	}
}
