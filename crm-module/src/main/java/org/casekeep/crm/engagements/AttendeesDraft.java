package org.casekeep.crm.engagements;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The stakeholders a user adds to an event's attendees, by id. Each must exist; adding one already attending changes
 * nothing.
 */
public record AttendeesDraft(@Nullable List<UUID> individualIds, @Nullable List<UUID> organizationIds) {
}
