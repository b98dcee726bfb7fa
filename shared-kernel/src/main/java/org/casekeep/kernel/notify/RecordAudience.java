package org.casekeep.kernel.notify;

import java.util.Objects;
import java.util.Set;

/**
 * Who may see a notice that names a record: those who may open the record. The record's owning module writes the
 * keys as it writes them for the record itself, and contributes the keys of a viewer through a {@link ViewerKeys}
 * bean for the same record type. The audience is taken when the notice is written: the record itself stays guarded
 * by its own module whoever follows the link.
 *
 * @param recordType the kernel record type of what the notice names, e.g. {@code correspondence.tasker}; must not be
 * {@literal null} nor blank.
 * @param keys the viewer keys that open the record; must not be {@literal null}. Empty: nobody but those who open
 * every record of the type ({@link ViewerKeys#opensEvery}).
 */
public record RecordAudience(String recordType, Set<String> keys) {

	public RecordAudience {
		Objects.requireNonNull(recordType, "recordType must not be null");
		if (recordType.isBlank()) {
			throw new IllegalArgumentException("recordType must not be blank");
		}
		keys = Set.copyOf(keys);
	}
}
