/**
 * Taskers (PIA "Receipt &amp; Assignment", "Review &amp; Analysis", "Response"; ESTT, IQ, FEMA ACT): routing a
 * tasker to components, offices and named experts with federal business-day due dates, their answers and requests
 * for more time, and the assigning office's compiling, clearing, dispatching and closing, each step in the tasker's
 * history; a tasker is seen only by those {@link org.casekeep.correspondence.office.TaskerViewers} names.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.correspondence.taskers;
