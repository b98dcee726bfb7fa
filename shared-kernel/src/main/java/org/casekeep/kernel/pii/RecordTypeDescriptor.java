package org.casekeep.kernel.pii;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A record type with personal data, as declared by {@link PersonalDataRecord} and its {@link PersonalData} fields.
 *
 * @param type the record type, e.g. {@code crm.individual}.
 * @param module the application module owning it, e.g. {@code crm}.
 * @param retention the code of its retention schedule; for a part, its holder's.
 * @param partOf the record type it is kept and destroyed with, {@literal null} for a record tracked on its own.
 * @param fields the declared fields by name, in declaration order.
 */
public record RecordTypeDescriptor(String type, String module, String retention, @Nullable String partOf,
		String legalBasis, String source, Map<String, FieldDescriptor> fields) {

	public RecordTypeDescriptor {
		fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
	}

	/** Whether records of this type are tracked by retention on their own, and so need a destroyer. */
	public boolean trackedOnItsOwn() {
		return partOf == null;
	}

	public Optional<FieldDescriptor> field(String name) {
		return Optional.ofNullable(fields.get(name));
	}
}
