package org.casekeep.crm.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A CRM individual was erased: on the person's request (do-not-contact, CRM PIA 6.3) or because their retention
 * period ended. Other modules erase or report what they hold about the person, within their own retention rules.
 * Carries the identifier only.
 *
 * @param reason {@code REQUEST} or {@code RETENTION}.
 */
public record StakeholderErased(UUID individualId, String reason, Instant occurredAt) {
}
