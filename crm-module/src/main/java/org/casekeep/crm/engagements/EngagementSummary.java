package org.casekeep.crm.engagements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.pii.ReleasedAs;
import org.jspecify.annotations.Nullable;

/** An event in a list: what it was, when and where, the issues discussed and how many attended. */
@ReleasedAs(Engagement.RECORD_TYPE)
public record EngagementSummary(UUID id, String name, LocalDate heldOn, @Nullable String location,
		List<String> issues, int attendeeCount, String owningComponent) {

	static EngagementSummary of(Engagement e) {
		return new EngagementSummary(e.getId(), e.getName(), e.getHeldOn(), e.getLocation(), e.getIssues(),
				e.getIndividualIds().size() + e.getOrganizationIds().size(), e.getOwningComponent());
	}
}
