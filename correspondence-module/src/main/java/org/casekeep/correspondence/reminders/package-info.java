/**
 * Reminders before a tasker's due date and escalation once it has passed, to the assignees and the assigning office,
 * in-app and by email, each notice at most once; and the job that flags overdue taskers.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.correspondence.reminders;
