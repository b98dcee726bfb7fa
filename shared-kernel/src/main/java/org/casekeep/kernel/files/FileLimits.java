package org.casekeep.kernel.files;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The limits of text extraction, {@code casekeep.files.*}. Every one has a default sized for letters, faxes and
 * draft responses; an unset (or zero) value takes it.
 *
 * @param maxSize the largest file accepted (20 MB).
 * @param maxEntries the most entries of an archive (a Word document is a zip archive), 1,000.
 * @param maxInflatedSize the most bytes all compressed parts of one file may inflate to, 256 MB.
 * @param maxCompressionRatio the most a part may inflate relative to its compressed size (100), checked once it has
 * inflated past 1 MB, so small, very compressible parts of real documents pass.
 * @param maxDepth how deep documents may be embedded in documents (2: a document in a document in the upload).
 * @param maxPages the most pages of a PDF, 2,000.
 * @param maxCharacters the characters of text kept; the rest of an enormous document is not searchable (2,000,000).
 * @param timeout the most one extraction may take without OCR (20 s).
 * @param concurrency how many extractions run at a time (the number of processors).
 * @param busyWait how long a file waits for a free extraction before it is refused as busy (2 s).
 * @param ocr whether scans are read by OCR (when Tesseract is installed) and how long that may take (120 s).
 */
@ConfigurationProperties("casekeep.files")
public record FileLimits(@Nullable DataSize maxSize, int maxEntries, @Nullable DataSize maxInflatedSize,
		int maxCompressionRatio, int maxDepth, int maxPages, int maxCharacters, @Nullable Duration timeout,
		int concurrency, @Nullable Duration busyWait, @Nullable Ocr ocr) {

	/** OCR of scans: {@code casekeep.files.ocr.enabled} (default true) and {@code casekeep.files.ocr.timeout}. */
	public record Ocr(@Nullable Boolean enabled, @Nullable Duration timeout) {

		public Ocr {
			enabled = enabled == null || enabled;
			timeout = positive(timeout, Duration.ofSeconds(120));
		}
	}

	public FileLimits {
		maxSize = maxSize == null || maxSize.toBytes() <= 0 ? DataSize.ofMegabytes(20) : maxSize;
		maxEntries = maxEntries > 0 ? maxEntries : 1_000;
		maxInflatedSize = maxInflatedSize == null || maxInflatedSize.toBytes() <= 0 ? DataSize.ofMegabytes(256)
				: maxInflatedSize;
		maxCompressionRatio = maxCompressionRatio > 0 ? maxCompressionRatio : 100;
		maxDepth = maxDepth > 0 ? maxDepth : 2;
		maxPages = maxPages > 0 ? maxPages : 2_000;
		maxCharacters = maxCharacters > 0 ? maxCharacters : 2_000_000;
		timeout = positive(timeout, Duration.ofSeconds(20));
		concurrency = concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors();
		busyWait = busyWait == null || busyWait.isNegative() ? Duration.ofSeconds(2) : busyWait;
		ocr = ocr == null ? new Ocr(null, null) : ocr;
	}

	/** Every limit at its default. */
	public static FileLimits defaults() {
		return new FileLimits(null, 0, null, 0, 0, 0, 0, null, 0, null, null);
	}

	/** The same limits with OCR switched off (tests, servers without Tesseract). */
	public FileLimits withoutOcr() {
		return new FileLimits(maxSize, maxEntries, maxInflatedSize, maxCompressionRatio, maxDepth, maxPages,
				maxCharacters, timeout, concurrency, busyWait, new Ocr(false, ocr().timeout()));
	}

	/** Bytes of {@link #maxSize()}. */
	public long maxBytes() {
		return maxSize().toBytes();
	}

	private static Duration positive(@Nullable Duration value, Duration fallback) {
		return value == null || value.isZero() || value.isNegative() ? fallback : value;
	}
}
