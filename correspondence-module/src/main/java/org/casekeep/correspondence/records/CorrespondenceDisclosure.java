package org.casekeep.correspondence.records;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Sharing a piece of correspondence outside the Department (PIA 6.4): with whom, why, under which routine use,
 * approved by whom, and which of its documents.
 *
 * @param attachmentIds the documents shared besides the record itself; empty when only the record is shared.
 */
record CorrespondenceDisclosure(@Nullable String recipient, @Nullable String purpose,
		@Nullable String routineUse, @Nullable String approvedBy, @Nullable List<UUID> attachmentIds) {
}
