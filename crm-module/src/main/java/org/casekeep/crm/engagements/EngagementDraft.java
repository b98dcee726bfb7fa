package org.casekeep.crm.engagements;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a user submits to record or correct an event, as typed. {@link EngagementDirectory} validates it and names
 * every field it rejects; the owning component and owner are the recording user's own. Attendees are added and
 * removed on their own ({@link AttendeesDraft}).
 *
 * @param name the event's name, at most 200 characters; required.
 * @param heldOn the day it was held or began, as {@code 2026-11-20}; required, not in the future (an event is
 * recorded once DHS collaborated on it, PIA 1.1).
 * @param endsOn its last day if it lasted longer, not before {@code heldOn}.
 * @param location where it took place, as text, at most 200 characters.
 * @param agenda the agenda, at most 4000 characters.
 * @param issues the codes of the issues discussed ({@link org.casekeep.crm.stakeholder.IssueCatalog}),
 * case-insensitive; active ones only, except those the event already names.
 * @param version the version the user edited, for updates; a stale version is refused with a conflict.
 */
public record EngagementDraft(@Nullable String name, @Nullable String heldOn, @Nullable String endsOn,
		@Nullable String location, @Nullable String agenda, @Nullable List<String> issues,
		@Nullable Long version) {
}
