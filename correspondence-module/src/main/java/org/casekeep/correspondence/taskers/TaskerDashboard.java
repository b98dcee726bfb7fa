package org.casekeep.correspondence.taskers;

import java.util.Map;

/**
 * Counts over the taskers the viewer may see, and nothing else (FEMA ACT).
 *
 * @param byStatus visible taskers per status.
 * @param byComponent visible taskers per assigned component.
 * @param overdue visible open taskers past their due date.
 * @param total all visible taskers.
 */
public record TaskerDashboard(Map<TaskerStatus, Long> byStatus, Map<String, Long> byComponent, long overdue,
		long total) {
}
