package org.casekeep.kernel.disclosure;

import org.jspecify.annotations.Nullable;

/**
 * One record given to a recipient outside the agency, as its owning module described it.
 *
 * @param subjectId the identifier of the person the record is about (for example the CRM individual's id), so
 * disclosures can be listed per person; {@literal null} if the record is about nobody in particular.
 * @param owningComponent the component owning the record, whose privacy office approves and reviews its disclosure.
 */
public record DisclosedRecord(String recordType, String recordId, @Nullable String subjectId,
		@Nullable String owningComponent) {
}
