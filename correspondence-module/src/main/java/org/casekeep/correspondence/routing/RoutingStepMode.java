package org.casekeep.correspondence.routing;

/**
 * How a step of a routing template is activated: a {@code SEQUENTIAL} step waits until every assignment of the steps
 * before it is answered; a {@code PARALLEL} step is active together with the step before it (IQ routing).
 */
public enum RoutingStepMode {
	SEQUENTIAL, PARALLEL
}
