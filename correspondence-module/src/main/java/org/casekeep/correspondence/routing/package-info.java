/**
 * Who a tasker is routed to and the routings the Executive Secretariat keeps for reuse (Intranet Quorum): assignees
 * (a component, an office of it or a named expert, or the whole Department) as submitted and validated, and routing
 * templates of sequential and parallel steps.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.correspondence.routing;
