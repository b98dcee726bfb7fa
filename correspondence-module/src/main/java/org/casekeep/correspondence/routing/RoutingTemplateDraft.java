package org.casekeep.correspondence.routing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A routing template as submitted.
 *
 * @param name the template's name, unique within the owning component.
 * @param steps the steps in order.
 * @param version the version edited, required on update.
 */
public record RoutingTemplateDraft(@Nullable String name, @Nullable List<RoutingStepDraft> steps,
		@Nullable Long version) {

	/** One step as submitted; {@code mode} defaults to {@code SEQUENTIAL}. */
	public record RoutingStepDraft(@Nullable RoutingStepMode mode, @Nullable List<AssignmentDraft> assignees) {
	}
}
