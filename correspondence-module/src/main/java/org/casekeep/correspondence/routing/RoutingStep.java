package org.casekeep.correspondence.routing;

import java.util.List;

/**
 * One step of a routing: its mode and its assignees.
 *
 * @param mode {@code SEQUENTIAL} waits for the steps before it to be answered; {@code PARALLEL} starts with the step
 * before it.
 * @param assignees components, offices or named experts; never empty.
 */
public record RoutingStep(RoutingStepMode mode, List<AssignmentTarget> assignees) {
}
