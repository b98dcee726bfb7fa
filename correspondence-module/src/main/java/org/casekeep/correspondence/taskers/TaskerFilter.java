package org.casekeep.correspondence.taskers;

/** Which of "my taskers" to list: all visible, those due this week, or those overdue. */
public enum TaskerFilter {
	ALL, DUE_THIS_WEEK, OVERDUE
}
