package org.casekeep.correspondence.routing;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.jspecify.annotations.Nullable;

/** One assignee of one step of a routing template, stored flat: the step number and its mode repeat per assignee. */
@Embeddable
class RoutingTemplateEntry {

	private int position;
	private int step;
	@Enumerated(EnumType.STRING)
	private RoutingStepMode mode;
	private String component;
	private @Nullable String office;
	private @Nullable String username;

	protected RoutingTemplateEntry() {
	}

	RoutingTemplateEntry(int position, int step, RoutingStepMode mode, AssignmentTarget target) {
		this.position = position;
		this.step = step;
		this.mode = mode;
		this.component = target.component();
		this.office = target.office();
		this.username = target.username();
	}

	int getPosition() { return position; }
	int getStep() { return step; }
	RoutingStepMode getMode() { return mode; }

	AssignmentTarget target() {
		return new AssignmentTarget(component, office, username);
	}
}
