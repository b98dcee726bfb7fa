package org.casekeep.kernel.files;

/**
 * A file broke one of the {@link FileLimits} and its text was not extracted: a zip bomb, a nested archive, an XML
 * entity expansion, a PDF bomb, a file too large or too slow to read. The message says which limit, never what the
 * file holds; the caller adds the file's name and answers 422 (413 for {@link Limit#SIZE}).
 */
public class FileRefusedException extends RuntimeException {

	/** Which limit the file broke. */
	public enum Limit {
		/** Larger than {@code casekeep.files.max-size}. */
		SIZE,
		/** An archive of more entries than {@code max-entries}. */
		ENTRIES,
		/** Inflates to more than {@code max-inflated-size}. */
		INFLATED_SIZE,
		/** A part inflates more than {@code max-compression-ratio} times its compressed size. */
		COMPRESSION_RATIO,
		/** Documents embedded deeper than {@code max-depth}. */
		NESTING,
		/** A DOCTYPE or entity declaration, which no Word document needs (entity expansion). */
		ENTITY_DECLARATION,
		/** A PDF of more pages than {@code max-pages}. */
		PAGES,
		/** Not read within {@code timeout}. */
		TIME
	}

	private final Limit limit;

	public FileRefusedException(Limit limit, String message) {
		super(message, null, false, false);
		this.limit = limit;
	}

	public Limit limit() {
		return limit;
	}
}
