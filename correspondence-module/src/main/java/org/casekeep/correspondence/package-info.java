/**
 * Correspondence and tasker tracking (seed: correspondence-tracking-pia.txt): intake of letters, email, fax and
 * telephone notes with SPII minimisation before the record is released, taskers routed to components, offices and
 * subject matter experts with federal business-day due dates, answers, compilation, clearance and dispatch, and the
 * form-letter library. Items are visible only to the assigning office, the assignees and their leadership.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Correspondence and taskers")
@org.jspecify.annotations.NullMarked
package org.casekeep.correspondence;
