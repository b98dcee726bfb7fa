package org.casekeep.crm.administration;

import java.util.List;

import org.casekeep.kernel.disclosure.RecordReference;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator asks to move, as sent.
 *
 * @param from the username of the owner whose records move, of the administrator's component.
 * @param to the username of the new owner: a user of the same component who has signed in to Casekeep.
 * @param records the records to move (type {@code crm.individual} or {@code crm.organization} and id), each owned by
 * {@code from}; empty or absent: every record {@code from} owns in the component.
 */
public record OwnershipTransferRequest(@Nullable String from, @Nullable String to,
		@Nullable List<RecordReference> records) {
}
