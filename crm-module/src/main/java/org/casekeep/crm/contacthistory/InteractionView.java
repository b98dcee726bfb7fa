package org.casekeep.crm.contacthistory;

import java.time.Instant;
import java.util.UUID;

import org.casekeep.kernel.pii.ReleasedAs;
import org.jspecify.annotations.Nullable;

/** An interaction as it leaves the CRM (API, pages), released through the kernel's guard. */
@ReleasedAs(Interaction.RECORD_TYPE)
public record InteractionView(UUID id, UUID individualId, Instant occurredAt, InteractionMode mode,
		String dhsComponent, String dhsUsername, @Nullable String outcome, @Nullable String sourceReference,
		Instant createdAt) {

	static InteractionView of(Interaction i) {
		return new InteractionView(i.getId(), i.getIndividualId(), i.getOccurredAt(), i.getMode(), i.getDhsComponent(),
				i.getDhsUsername(), i.getOutcome(), i.getSourceReference(), i.getCreatedAt());
	}

	public String modeLabel() {
		return mode.getLabel();
	}
}
