package org.casekeep.crm.contacthistory;

import org.casekeep.kernel.validation.OneOf;
import org.jspecify.annotations.Nullable;

/**
 * What a user submits to record an interaction, as typed. {@link ContactHistory} validates it and names every field
 * it rejects. The DHS component and user are the recording user's own.
 *
 * @param mode one of {@link InteractionMode}'s names, case-insensitive.
 * @param occurredAt when it happened: an ISO-8601 instant with offset ({@code 2026-11-20T15:30:00Z}) or a date
 * ({@code 2026-11-20}, taken as midnight UTC); not in the future.
 * @param outcome any relevant outcome (e.g. a promise to follow up), at most 2000 characters.
 * @param sourceReference a reference such as a correspondence number, at most 100 characters.
 */
public record InteractionDraft(@OneOf(value = InteractionMode.class, except = "CORRESPONDENCE") @Nullable String mode, @Nullable String occurredAt, @Nullable String outcome,
		@Nullable String sourceReference) {
}
