/**
 * Correspondence and tasker tracking (seed: correspondence-tracking-pia.txt). Will own intake of letters, email,
 * fax and telephone notes, SPII minimisation, taskers routed to components and subject matter experts, clearance
 * and dispatch of responses, and the correspondence retention schedules. Not built yet: its issue lands after the
 * platform foundation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Correspondence and taskers")
@org.jspecify.annotations.NullMarked
package org.casekeep.correspondence;
