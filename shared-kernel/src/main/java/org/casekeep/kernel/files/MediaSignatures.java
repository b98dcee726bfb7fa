package org.casekeep.kernel.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises audio and video recordings by their bytes alone (never by a name or the browser's word), strictly
 * enough that a document, an archive or a script with a media file's first bytes pasted on is not taken for one:
 * <ul>
 * <li>MP3: an ID3v2 tag (version 2 to 4, sizes in sync-safe bytes) followed by an MPEG audio frame, or a bare
 * MPEG-1/2 Layer III frame header that the next frame follows;</li>
 * <li>WAV: a RIFF container of form {@code WAVE} whose declared size fits the file, opening with its {@code fmt }
 * chunk;</li>
 * <li>MP4 and M4A: an ISO base media {@code ftyp} box of a plausible size whose major brand is one of the MP4 and
 * M4A brands;</li>
 * <li>WebM: an EBML header whose DocType is {@code webm}.</li>
 * </ul>
 * No text is read from a recording: there is none to check for SPII, and parsing media is not needed to store it.
 */
final class MediaSignatures {

	static final String MP3 = "audio/mpeg";
	static final String WAV = "audio/wav";
	static final String M4A = "audio/mp4";
	static final String MP4 = "video/mp4";
	static final String WEBM = "video/webm";

	private static final Set<String> AUDIO_BRANDS = Set.of("M4A ", "M4B ");
	private static final Set<String> VIDEO_BRANDS = Set.of("isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42",
			"avc1", "M4V ", "dash", "mp71");

	private MediaSignatures() {
	}

	/** The media type of the recording, or empty when the bytes are no recording this class knows. */
	static Optional<String> detect(byte[] bytes) {
		if (isId3Mp3(bytes) || isBareMp3(bytes)) {
			return Optional.of(MP3);
		}
		if (isWav(bytes)) {
			return Optional.of(WAV);
		}
		String brand = ftypBrand(bytes);
		if (brand != null) {
			return AUDIO_BRANDS.contains(brand) ? Optional.of(M4A)
					: VIDEO_BRANDS.contains(brand) ? Optional.of(MP4) : Optional.empty();
		}
		if (isWebm(bytes)) {
			return Optional.of(WEBM);
		}
		return Optional.empty();
	}

	/** "ID3", version 2–4, revision below 0xFF, sync-safe size; an MPEG frame right after the tag. */
	private static boolean isId3Mp3(byte[] b) {
		if (b.length < 10 || b[0] != 'I' || b[1] != 'D' || b[2] != '3') {
			return false;
		}
		int version = b[3] & 0xFF;
		if (version < 2 || version > 4 || (b[4] & 0xFF) == 0xFF) {
			return false;
		}
		int size = 0;
		for (int i = 6; i < 10; i++) {
			if ((b[i] & 0x80) != 0) {
				return false;
			}
			size = (size << 7) | b[i];
		}
		int frame = 10 + size + ((b[5] & 0x10) != 0 ? 10 : 0);
		return frame + 4 <= b.length && frameLength(b, frame) > 0;
	}

	/** A bare MPEG audio Layer III frame whose successor starts where its length says. */
	private static boolean isBareMp3(byte[] b) {
		int first = frameLength(b, 0);
		return first > 0 && (first + 4 > b.length || frameLength(b, first) > 0);
	}

	private static final int[] BITRATES_V1 = { 0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0 };
	private static final int[] BITRATES_V2 = { 0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0 };
	private static final int[][] SAMPLE_RATES = { { 11025, 12000, 8000 }, { 0, 0, 0 }, { 22050, 24000, 16000 },
			{ 44100, 48000, 32000 } };

	/** The length of the Layer III frame at {@code at}, or 0 if no valid frame header is there. */
	private static int frameLength(byte[] b, int at) {
		if (at < 0 || at + 4 > b.length || (b[at] & 0xFF) != 0xFF || (b[at + 1] & 0xE0) != 0xE0) {
			return 0;
		}
		int version = (b[at + 1] >> 3) & 0x03; // 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5, 1 reserved
		int layer = (b[at + 1] >> 1) & 0x03; // 1 = Layer III
		int bitrateIndex = (b[at + 2] >> 4) & 0x0F;
		int rateIndex = (b[at + 2] >> 2) & 0x03;
		if (version == 1 || layer != 1 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
			return 0;
		}
		int padding = (b[at + 2] >> 1) & 0x01;
		int rate = SAMPLE_RATES[version][rateIndex];
		int bitrate = (version == 3 ? BITRATES_V1 : BITRATES_V2)[bitrateIndex] * 1000;
		return (version == 3 ? 144 : 72) * bitrate / rate + padding;
	}

	/** "RIFF", a declared size within the file, "WAVE", then the "fmt " chunk. */
	private static boolean isWav(byte[] b) {
		if (b.length < 20 || !ascii(b, 0, "RIFF") || !ascii(b, 8, "WAVE") || !ascii(b, 12, "fmt ")) {
			return false;
		}
		long declared = (b[4] & 0xFFL) | (b[5] & 0xFFL) << 8 | (b[6] & 0xFFL) << 16 | (b[7] & 0xFFL) << 24;
		return declared >= 12 && declared + 8 <= b.length + 1L;
	}

	/** The major brand of an "ftyp" box of 16 to 256 bytes that fits the file, or {@literal null}. */
	private static String ftypBrand(byte[] b) {
		if (b.length < 16 || !ascii(b, 4, "ftyp")) {
			return null;
		}
		long size = (b[0] & 0xFFL) << 24 | (b[1] & 0xFFL) << 16 | (b[2] & 0xFFL) << 8 | (b[3] & 0xFFL);
		if (size < 16 || size > 256 || size > b.length || size % 4 != 0) {
			return null;
		}
		return new String(b, 8, 4, StandardCharsets.ISO_8859_1);
	}

	/** The EBML magic and, within the header, the DocType element (0x4282) reading "webm". */
	private static boolean isWebm(byte[] b) {
		if (b.length < 8 || (b[0] & 0xFF) != 0x1A || (b[1] & 0xFF) != 0x45 || (b[2] & 0xFF) != 0xDF
				|| (b[3] & 0xFF) != 0xA3) {
			return false;
		}
		byte[] docType = { 0x42, (byte) 0x82, (byte) 0x84, 'w', 'e', 'b', 'm' };
		int end = Math.min(b.length, 64);
		for (int i = 4; i + docType.length <= end; i++) {
			if (Arrays.equals(b, i, i + docType.length, docType, 0, docType.length)) {
				return true;
			}
		}
		return false;
	}

	private static boolean ascii(byte[] b, int at, String text) {
		byte[] expected = text.getBytes(StandardCharsets.ISO_8859_1);
		return at + expected.length <= b.length && Arrays.equals(b, at, at + expected.length, expected, 0,
				expected.length);
	}
}
