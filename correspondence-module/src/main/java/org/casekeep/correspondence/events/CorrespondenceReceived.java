package org.casekeep.correspondence.events;

import java.time.LocalDate;
import java.util.UUID;

import org.casekeep.kernel.pii.CarriesPersonalData;
import org.jspecify.annotations.Nullable;

/**
 * A piece of correspondence was taken in. The CRM records it as an interaction on every stakeholder whose email
 * matches, so contact history shows that this person wrote (DESIGN.md cross-module flows).
 * <p>
 * The event carries only what that needs and nothing that names the letter. A letter is seen only by its office and
 * those its taskers reach (correspondence PIA 3.3, 8.3: shared within DHS for its handling, on a need to know),
 * while contact history is seen by every CRM user; and CRM PIA 1.1 asks of an interaction only its date, mode and
 * DHS component. So no reference number, channel, sender organization or time of day crosses: with them a CRM user
 * could name the letter, and anyone who takes in correspondence could look it up and read the address the CRM masks
 * for them. {@code correspondenceId} is opaque and serves only as the listener's idempotency key; the CRM never shows
 * it. There is deliberately no {@code occurredAt}: it would be the instant the day replaces.
 *
 * @param correspondenceId the correspondence record; must not be {@literal null}. Opaque: an idempotency key only.
 * @param owningComponent the component that took it in; must not be {@literal null}.
 * @param senderEmail the sender's email, lower-cased, to match stakeholders; {@literal null} if none was given.
 * @param receivedOn the day (UTC) it was received; must not be {@literal null}.
 */
@CarriesPersonalData("senderEmail: the CRM matches the sender to a stakeholder")
public record CorrespondenceReceived(UUID correspondenceId, String owningComponent, @Nullable String senderEmail,
		LocalDate receivedOn) {
}
