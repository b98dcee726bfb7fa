package org.casekeep.correspondence;

import java.util.UUID;

/**
 * What a batch intake answers for each record taken in: enough to find it again and to know whether it waits for
 * its SPII review, and no personal data, so answering reveals nothing that would need an audited read.
 *
 * @param status {@code RECEIVED}, or {@code SPII_REVIEW} when SPII was found.
 * @param spiiFindings how many findings wait for a decision.
 */
public record IntakeReceipt(UUID id, String referenceNumber, String status, int spiiFindings) {
}
