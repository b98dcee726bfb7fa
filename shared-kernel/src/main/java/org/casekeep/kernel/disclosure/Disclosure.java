package org.casekeep.kernel.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A Privacy Act accounting of one disclosure (5 U.S.C. 552a(c)): the date, nature and purpose of the disclosure
 * and the name of the recipient, kept with the records disclosed.
 *
 * @param authority the routine use or statutory authority, e.g. "DHS/ALL-002 routine use G".
 */
public record Disclosure(UUID id, String recipient, String purpose, String authority, String approvedBy,
		String disclosedBy, @Nullable String disclosedByComponent, Instant disclosedAt, List<DisclosedRecord> records) {
}
