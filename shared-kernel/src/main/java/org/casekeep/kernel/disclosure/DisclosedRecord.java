package org.casekeep.kernel.disclosure;

import org.jspecify.annotations.Nullable;

/**
 * One record given to a recipient outside the agency.
 *
 * @param subjectId the identifier of the person the record is about (for example the CRM individual's id), so
 * disclosures can be listed per person; {@literal null} if the record is about nobody in particular.
 */
public record DisclosedRecord(String recordType, String recordId, @Nullable String subjectId) {
}
