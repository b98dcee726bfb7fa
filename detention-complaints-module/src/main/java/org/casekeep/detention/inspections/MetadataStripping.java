package org.casekeep.detention.inspections;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Removes the metadata embedded in photographs, so that the team's working copy does not tell where, when and with what
 * camera a picture was taken (REFERENCES: EXIF GPS positions de-identified sources). Byte-level, without decoding or
 * re-encoding the image, so the picture itself is unchanged:
 * <ul>
 * <li>JPEG: drops every APP1 segment (EXIF with its GPS IFD, XMP), APP3 to APP13 and APP15 (maker notes, IPTC/Photoshop
 * data) and comments; keeps JFIF (APP0), an ICC colour profile (APP2) and Adobe's colour transform (APP14), which say
 * nothing of place or person, and the image data as it is.</li>
 * <li>PNG: drops the eXIf, tEXt, zTXt, iTXt and tIME chunks.</li>
 * </ul>
 * A file it cannot walk is refused rather than kept with its metadata (fail closed). Audio and video are not stripped:
 * their working copy is the original, and the attachment says so.
 */
final class MetadataStripping {

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private static final Set<String> PNG_METADATA = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");

	/** A photograph whose structure could not be walked. */
	static final class UnreadableImageException extends RuntimeException {

		UnreadableImageException(String message) {
			super(message);
		}
	}

	private MetadataStripping() {
	}

	/** Whether the media type is one this class strips. */
	static boolean strips(String mediaType) {
		return "image/jpeg".equals(mediaType) || "image/png".equals(mediaType);
	}

	/** The content without its metadata; for a type not stripped, the content itself. */
	static byte[] strip(byte[] content, String mediaType) {
		return switch (mediaType) {
			case "image/jpeg" -> jpeg(content);
			case "image/png" -> png(content);
			default -> content;
		};
	}

	static byte[] jpeg(byte[] in) {
		if (in.length < 4 || (in[0] & 0xff) != 0xff || (in[1] & 0xff) != 0xd8) {
			throw new UnreadableImageException("Not a JPEG image");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
		out.write(0xff);
		out.write(0xd8);
		int at = 2;
		while (at < in.length) {
			if ((in[at] & 0xff) != 0xff) {
				throw new UnreadableImageException("A JPEG segment does not start with a marker");
			}
			if (at + 1 >= in.length) {
				throw new UnreadableImageException("The JPEG image ends inside a marker");
			}
			int marker = in[at + 1] & 0xff;
			if (marker == 0xff) {
				at++; // fill byte
				continue;
			}
			if (marker == 0xd9) { // EOI
				out.write(in, at, 2);
				return out.toByteArray();
			}
			if (marker == 0x01 || marker >= 0xd0 && marker <= 0xd7) { // standalone markers
				out.write(in, at, 2);
				at += 2;
				continue;
			}
			if (at + 3 >= in.length) {
				throw new UnreadableImageException("The JPEG image ends inside a segment header");
			}
			int length = ((in[at + 2] & 0xff) << 8) | (in[at + 3] & 0xff);
			if (length < 2 || at + 2 + length > in.length) {
				throw new UnreadableImageException("A JPEG segment is longer than the file");
			}
			if (marker == 0xda) { // SOS: the image data follows to the end; copied as it is
				out.write(in, at, in.length - at);
				return out.toByteArray();
			}
			if (!metadataSegment(marker)) {
				out.write(in, at, 2 + length);
			}
			at += 2 + length;
		}
		throw new UnreadableImageException("The JPEG image has no image data");
	}

	/** APP1 (EXIF, XMP), APP3-APP13, APP15 and COM carry metadata; APP0 (JFIF), APP2 (ICC), APP14 (Adobe) do not. */
	private static boolean metadataSegment(int marker) {
		return marker == 0xe1 || marker >= 0xe3 && marker <= 0xed || marker == 0xef || marker == 0xfe;
	}

	static byte[] png(byte[] in) {
		if (in.length < 8 || !Arrays.equals(Arrays.copyOf(in, 8), PNG_SIGNATURE)) {
			throw new UnreadableImageException("Not a PNG image");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
		out.write(in, 0, 8);
		int at = 8;
		while (at + 12 <= in.length) {
			long length = ((in[at] & 0xffL) << 24) | ((in[at + 1] & 0xff) << 16) | ((in[at + 2] & 0xff) << 8)
					| (in[at + 3] & 0xff);
			if (length > in.length - at - 12L) {
				throw new UnreadableImageException("A PNG chunk is longer than the file");
			}
			String type = new String(in, at + 4, 4, StandardCharsets.US_ASCII);
			int size = 12 + (int) length;
			if (!PNG_METADATA.contains(type)) {
				out.write(in, at, size);
			}
			at += size;
			if ("IEND".equals(type)) {
				return out.toByteArray();
			}
		}
		throw new UnreadableImageException("The PNG image has no end chunk");
	}
}
