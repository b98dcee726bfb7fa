package org.casekeep.kernel.audit;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One thing that happened, to be written to the audit trail. Holds names and identifiers only: field names, never
 * field values.
 *
 * @param action what happened, must not be {@literal null}.
 * @param recordType the kernel's record type (for example {@code crm.individual}), or {@literal null} for
 * session events such as logins.
 * @param recordId the record's identifier, or {@literal null}.
 * @param recordComponent the component owning the record, so a component privacy officer can review it.
 * @param fields the names of the fields read or changed.
 * @param purpose why the access happened (for example {@code outreach}).
 * @param details a short free text without PII (for example the deletion request channel).
 */
public record AuditEvent(AuditAction action, @Nullable String recordType, @Nullable String recordId,
		@Nullable String recordComponent, List<String> fields, @Nullable String purpose, @Nullable String details) {

	public AuditEvent {
		Objects.requireNonNull(action, "action must not be null");
		fields = List.copyOf(fields);
	}

	public static AuditEvent of(AuditAction action, String recordType, Object recordId, @Nullable String recordComponent) {
		return new AuditEvent(action, recordType, String.valueOf(recordId), recordComponent, List.of(), null, null);
	}

	public static AuditEvent session(AuditAction action, @Nullable String details) {
		return new AuditEvent(action, null, null, null, List.of(), null, details);
	}

	public AuditEvent withFields(Collection<String> names) {
		return new AuditEvent(action, recordType, recordId, recordComponent, List.copyOf(names), purpose, details);
	}

	public AuditEvent withPurpose(@Nullable String newPurpose) {
		return new AuditEvent(action, recordType, recordId, recordComponent, fields, newPurpose, details);
	}

	public AuditEvent withDetails(@Nullable String newDetails) {
		return new AuditEvent(action, recordType, recordId, recordComponent, fields, purpose, newDetails);
	}
}
