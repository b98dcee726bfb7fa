package org.casekeep.crm.administration;

import java.util.List;

import org.casekeep.kernel.disclosure.RecordReference;

/**
 * A transfer done: who owned the records, who owns them now, and which records moved.
 */
public record OwnershipTransfer(String from, String to, int transferred, List<RecordReference> records) {
}
