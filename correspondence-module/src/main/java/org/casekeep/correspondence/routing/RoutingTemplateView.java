package org.casekeep.correspondence.routing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A routing template as it leaves the module. Holds no personal data beyond experts' usernames. */
public record RoutingTemplateView(UUID id, String name, String owningComponent, String createdBy, Instant createdAt,
		Instant updatedAt, List<RoutingStep> steps, long version) {
}
