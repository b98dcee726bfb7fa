package org.casekeep.kernel.pii;

import java.util.Map;
import java.util.Optional;

/**
 * A record type with personal data, as declared by {@link PersonalDataRecord} and its {@link PersonalData} fields.
 *
 * @param type the record type, e.g. {@code crm.individual}.
 * @param module the application module owning it, e.g. {@code crm}.
 * @param fields the declared fields by name, in declaration order.
 */
public record RecordTypeDescriptor(String type, String module, String retention, String legalBasis, String source,
		Map<String, FieldDescriptor> fields) {

	public RecordTypeDescriptor {
		fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
	}

	public Optional<FieldDescriptor> field(String name) {
		return Optional.ofNullable(fields.get(name));
	}
}
