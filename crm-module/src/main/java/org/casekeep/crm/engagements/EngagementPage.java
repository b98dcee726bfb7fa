package org.casekeep.crm.engagements;

import java.util.List;

/**
 * One page of the list of events, newest first.
 *
 * @param number the page, from 0.
 * @param hasNext whether a later page exists.
 */
public record EngagementPage(List<EngagementSummary> events, int number, int size, boolean hasNext) {

	/** The most events one page shows. */
	public static final int MAX_SIZE = 100;

	public boolean hasPrevious() {
		return number > 0;
	}
}
