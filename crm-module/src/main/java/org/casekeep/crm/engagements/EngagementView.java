package org.casekeep.crm.engagements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.kernel.pii.ReleasedAs;
import org.jspecify.annotations.Nullable;

/**
 * An event as it leaves the CRM (API, pages), released through the kernel's guard. Its attendees are shown by name,
 * each released as its own record (so the read of each is audited).
 *
 * @param issues the codes of the issues (labelled by {@link org.casekeep.crm.stakeholder.IssueCatalog}) discussed.
 * @param individuals the individuals who attended, by name.
 * @param organizations the organizations that attended, by name.
 */
@ReleasedAs(Engagement.RECORD_TYPE)
public record EngagementView(UUID id, String name, LocalDate heldOn, @Nullable LocalDate endsOn,
		@Nullable String location, @Nullable String agenda, List<String> issues, List<Attendee> individuals,
		List<Attendee> organizations, String owningComponent, String ownerUsername, Instant createdAt,
		Instant updatedAt, long version, Set<String> maskedFields) {

	/** An attendee by id and the name every CRM user may see (PIA 4.1). */
	public record Attendee(UUID id, String name) {
	}

	static EngagementView of(Engagement e, List<Attendee> individuals, List<Attendee> organizations) {
		return new EngagementView(e.getId(), e.getName(), e.getHeldOn(), e.getEndsOn(), e.getLocation(), e.getAgenda(),
				e.getIssues(), List.copyOf(individuals), List.copyOf(organizations), e.getOwningComponent(),
				e.getOwnerUsername(), e.getCreatedAt(), e.getUpdatedAt(), e.getVersion(), Set.of());
	}
}
