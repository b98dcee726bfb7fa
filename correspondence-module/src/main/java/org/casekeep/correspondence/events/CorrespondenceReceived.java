package org.casekeep.correspondence.events;

import java.time.Instant;
import java.util.UUID;

import org.casekeep.kernel.pii.CarriesPersonalData;
import org.jspecify.annotations.Nullable;

/**
 * A piece of correspondence was taken in. The CRM records it as an interaction on a stakeholder whose email (or,
 * failing that, organization) matches, so contact history shows it (DESIGN.md cross-module flows).
 *
 * @param correspondenceId the correspondence record.
 * @param referenceNumber its human-readable number, e.g. {@code CORR-2027-000123}.
 * @param channel how it arrived: {@code POSTAL_MAIL}, {@code EMAIL}, {@code FAX}, {@code TELEPHONE}.
 * @param owningComponent the component that took it in.
 * @param senderEmail the sender's email, lower-cased; {@literal null} if none was given.
 * @param senderOrganization the sender's organization; {@literal null} if none was given.
 */
@CarriesPersonalData("senderEmail and senderOrganization: the CRM matches the sender to a stakeholder")
public record CorrespondenceReceived(UUID correspondenceId, String referenceNumber, String channel,
		String owningComponent, @Nullable String senderEmail, @Nullable String senderOrganization, Instant receivedAt,
		Instant occurredAt) {
}
