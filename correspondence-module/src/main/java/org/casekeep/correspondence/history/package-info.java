/**
 * The transactional history of each tasker (ESTT): who did what, when, from which status to which, and a note,
 * written in the transaction of the change it records and never changed afterwards.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.correspondence.history;
