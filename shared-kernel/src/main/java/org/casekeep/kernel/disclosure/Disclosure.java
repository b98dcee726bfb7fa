package org.casekeep.kernel.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A Privacy Act accounting of one disclosure (5 U.S.C. 552a(c)): the date, nature and purpose of the disclosure
 * and the name of the recipient, kept with the records disclosed. It is final once {@link DisclosureStatus#APPROVED};
 * its date of disclosure is then {@code decidedAt}.
 *
 * @param authority the routine use or statutory authority, e.g. "DHS/ALL-002 routine use G".
 * @param requestedBy the user who shares the records and asked for the approval.
 * @param decidedBy the signed-in user who approved or refused it; {@literal null} while awaiting approval.
 */
public record Disclosure(UUID id, DisclosureStatus status, String recipient, String purpose, String authority,
		String requestedBy, @Nullable String requestedByComponent, Instant requestedAt, @Nullable String decidedBy,
		@Nullable Instant decidedAt, List<DisclosedRecord> records) {
}
