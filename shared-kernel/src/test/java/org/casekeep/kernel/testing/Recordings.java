package org.casekeep.kernel.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The recordings researchers upload, made in the test byte by byte: an MP3 (with and without an ID3 tag), a WAV, an
 * M4A, an MP4 and a WebM, each a valid start of its format with a little silence after it.
 */
public final class Recordings {

	private Recordings() {
	}

	/** Two MPEG-1 Layer III frames, 128 kbit/s at 44.1 kHz (417 bytes each), behind an ID3v2.4 tag. */
	public static byte[] mp3() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] tag = "TIT2\0\0\0\5\0\0\3Hi!\0".getBytes(StandardCharsets.ISO_8859_1);
		out.writeBytes(new byte[] { 'I', 'D', '3', 4, 0, 0, 0, 0, 0, (byte) tag.length });
		out.writeBytes(tag);
		out.writeBytes(bareMp3());
		return out.toByteArray();
	}

	/** Two MPEG-1 Layer III frames without a tag. */
	public static byte[] bareMp3() {
		byte[] frame = new byte[417];
		frame[0] = (byte) 0xFF;
		frame[1] = (byte) 0xFB;
		frame[2] = (byte) 0x90;
		frame[3] = 0x64;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(frame);
		out.writeBytes(frame);
		return out.toByteArray();
	}

	/** A PCM WAV of 8 kHz mono, 16 bits, with a tenth of a second of silence. */
	public static byte[] wav() {
		int data = 1600;
		ByteBuffer b = ByteBuffer.allocate(44 + data).order(ByteOrder.LITTLE_ENDIAN);
		b.put("RIFF".getBytes(StandardCharsets.ISO_8859_1)).putInt(36 + data).put("WAVE".getBytes(StandardCharsets.ISO_8859_1));
		b.put("fmt ".getBytes(StandardCharsets.ISO_8859_1)).putInt(16).putShort((short) 1).putShort((short) 1)
			.putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16);
		b.put("data".getBytes(StandardCharsets.ISO_8859_1)).putInt(data);
		return b.array();
	}

	/** An ISO base media file of the major brand given ("M4A " for audio, "isom" or "mp42" for video). */
	public static byte[] isoMedia(String brand) {
		ByteBuffer b = ByteBuffer.allocate(24 + 16);
		b.putInt(24).put("ftyp".getBytes(StandardCharsets.ISO_8859_1)).put(brand.getBytes(StandardCharsets.ISO_8859_1))
			.putInt(0).put("isom".getBytes(StandardCharsets.ISO_8859_1)).put("mp41".getBytes(StandardCharsets.ISO_8859_1));
		b.putInt(16).put("free".getBytes(StandardCharsets.ISO_8859_1)).putLong(0);
		return b.array();
	}

	/** An M4A (AAC audio in MP4). */
	public static byte[] m4a() {
		return isoMedia("M4A ");
	}

	/** An MP4 video. */
	public static byte[] mp4() {
		return isoMedia("isom");
	}

	/** An EBML header of the DocType given ("webm"; "matroska" is not taken). */
	public static byte[] ebml(String docType) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] type = docType.getBytes(StandardCharsets.ISO_8859_1);
		byte[] body = new byte[4 + 3 + type.length + 4];
		int i = 0;
		body[i++] = 0x42; body[i++] = (byte) 0x86; body[i++] = (byte) 0x81; body[i++] = 1; // EBMLVersion 1
		body[i++] = 0x42; body[i++] = (byte) 0x82; body[i++] = (byte) (0x80 | type.length);
		System.arraycopy(type, 0, body, i, type.length);
		i += type.length;
		body[i++] = 0x42; body[i++] = (byte) 0x87; body[i++] = (byte) 0x81; body[i] = 4; // DocTypeVersion 4
		out.writeBytes(new byte[] { 0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) (0x80 | body.length) });
		out.writeBytes(body);
		out.writeBytes(new byte[32]);
		return out.toByteArray();
	}

	/** A WebM recording. */
	public static byte[] webm() {
		return ebml("webm");
	}
}
