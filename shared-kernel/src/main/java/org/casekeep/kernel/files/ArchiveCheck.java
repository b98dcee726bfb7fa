package org.casekeep.kernel.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.casekeep.kernel.files.FileRefusedException.Limit;

/**
 * Reads a zip archive (a .docx is one) entry by entry from its central directory, as the Office parser does, before
 * anything parses it: counts entries, inflates each into nothing while counting bytes against the file's budget and
 * its compression ratio, refuses DOCTYPE and entity declarations in its XML parts, and looks into archives inside
 * it, one level deeper each. Memory stays at a buffer, except for a nested archive, which is held to read it.
 */
final class ArchiveCheck {

	/** Bytes an entry may inflate to before its compression ratio counts: real documents hold tiny, sparse parts. */
	static final long RATIO_GRACE = 1024 * 1024;

	private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] ENTITY = "<!ENTITY".getBytes(StandardCharsets.US_ASCII);

	private final FileLimits limits;
	private final Budget budget;

	ArchiveCheck(FileLimits limits, Budget budget) {
		this.limits = limits;
		this.budget = budget;
	}

	/** Whether the bytes start like a zip archive ({@code PK\3\4}). */
	static boolean isZip(byte[] content) {
		return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
	}

	/**
	 * @param depth 0 for the upload itself.
	 * @throws FileRefusedException for a limit broken; an archive that cannot be read is left to the parser.
	 */
	void check(byte[] content, int depth) {
		if (depth > limits.maxDepth()) {
			throw budget.refuse(Limit.NESTING, "It holds archives nested deeper than " + limits.maxDepth() + ".");
		}
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
			List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
			if (entries.size() + budget.entries() > limits.maxEntries()) {
				throw budget.refuse(Limit.ENTRIES, "It holds more than " + limits.maxEntries() + " parts.");
			}
			budget.countEntries(entries.size());
			for (ZipArchiveEntry entry : entries) {
				if (!entry.isDirectory()) {
					check(zip, entry, depth);
				}
			}
		}
		catch (IOException ex) {
			// Not a readable archive: the parser will find it unreadable, and the file is held for review by eye.
		}
	}

	private void check(ZipFile zip, ZipArchiveEntry entry, int depth) throws IOException {
		long compressed = Math.max(1, entry.getCompressedSize());
		boolean xml = entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels");
		ByteArrayOutputStream nested = null;
		byte[] buffer = new byte[64 * 1024];
		byte[] head = new byte[0];
		long inflated = 0;
		try (InputStream in = zip.getInputStream(entry)) {
			int read;
			boolean first = true;
			while ((read = in.read(buffer)) > 0) {
				if (first && read >= 4 && isZip(buffer)) {
					nested = new ByteArrayOutputStream();
				}
				first = false;
				inflated += read;
				budget.inflate(read, limits);
				if (inflated > RATIO_GRACE && inflated / compressed > limits.maxCompressionRatio()) {
					throw budget.refuse(Limit.COMPRESSION_RATIO, "A part of it inflates more than "
							+ limits.maxCompressionRatio() + " times its compressed size.");
				}
				if (xml) {
					head = declarations(head, buffer, read);
				}
				if (nested != null) {
					nested.write(buffer, 0, read);
				}
			}
		}
		if (nested != null) {
			check(nested.toByteArray(), depth + 1);
		}
	}

	/** Looks for a declaration across buffer boundaries; returns the tail to carry into the next buffer. */
	private byte[] declarations(byte[] carried, byte[] buffer, int length) {
		byte[] window = new byte[carried.length + length];
		System.arraycopy(carried, 0, window, 0, carried.length);
		System.arraycopy(buffer, 0, window, carried.length, length);
		if (indexOf(window, DOCTYPE) >= 0 || indexOf(window, ENTITY) >= 0) {
			throw budget.refuse(Limit.ENTITY_DECLARATION,
					"It declares a DOCTYPE or entities, which no Word document needs (XML entity expansion).");
		}
		int keep = Math.min(window.length, DOCTYPE.length - 1);
		byte[] tail = new byte[keep];
		System.arraycopy(window, window.length - keep, tail, 0, keep);
		return tail;
	}

	static int indexOf(byte[] haystack, byte[] needle) {
		outer:
		for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
