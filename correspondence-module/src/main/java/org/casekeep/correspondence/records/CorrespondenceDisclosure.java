package org.casekeep.correspondence.records;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Sharing a piece of correspondence outside the Department (PIA 6.4): with whom, why, under which routine use,
 * and which of its documents (the approver approves in the privacy console).
 *
 * @param attachmentIds the documents shared besides the record itself; empty when only the record is shared.
 */
record CorrespondenceDisclosure(@Nullable String recipient, @Nullable String purpose,
		@Nullable String routineUse, @Nullable List<UUID> attachmentIds) {
}
