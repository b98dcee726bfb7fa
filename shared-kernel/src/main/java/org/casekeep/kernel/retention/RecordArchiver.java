package org.casekeep.kernel.retention;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a module hands the kernel the content of a record to archive before it is removed, for the record types whose
 * schedule says "archive and remove" (Detention Ombudsman PIA 5.2: once a schedule is approved, "automatically archive
 * and remove records"). Optional: only types kept under such a schedule need one, and a type without one is then
 * never destroyed (the kernel fails closed and shows the records officer why).
 * <p>
 * The kernel calls {@link #archive} as the system actor in the transaction in which it then calls the type's
 * {@link RecordDestroyer}, writes the entries into one archive package with their SHA-256 digests, re-reads and checks
 * the package, and only then destroys the record.
 */
public interface RecordArchiver {

	/** The record type archived, as declared by {@code @PersonalDataRecord(type = ...)}. */
	String recordType();

	/**
	 * Everything the record holds, as named entries: a JSON document of the record (as received, with its corrections
	 * and history) and the bytes of each attachment. Must not return an empty list for a record that exists.
	 *
	 * @param recordId the tracked record's identifier, must not be {@literal null}.
	 * @return the entries, each name unique within the list; empty if the record is already gone.
	 */
	List<Entry> archive(String recordId);

	/**
	 * One file of an archive package.
	 *
	 * @param name a relative path of letters, digits, {@code . _ -} and {@code /} (e.g. {@code documents/1-form.pdf});
	 * never {@value #MANIFEST}, which the kernel writes.
	 * @param content the bytes, kept as given.
	 */
	record Entry(String name, byte[] content) {

		/** The name of the manifest the kernel writes into every package. */
		public static final String MANIFEST = "manifest.json";

		private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");

		public Entry {
			Objects.requireNonNull(name, "name must not be null");
			Objects.requireNonNull(content, "content must not be null");
			if (name.length() > 200 || !NAME.matcher(name).matches() || name.equals(MANIFEST)) {
				throw new IllegalArgumentException("Not an archive entry name: letters, digits, . _ - and / only, at "
						+ "most 200 characters, not " + MANIFEST);
			}
		}

		/** An entry's file name safe for an archive from a name a user gave (an upload's): other characters become _. */
		public static String safeName(String name) {
			String safe = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[._]+", "");
			if (safe.isEmpty()) {
				return "file";
			}
			return safe.length() > 120 ? safe.substring(safe.length() - 120) : safe;
		}
	}
}
