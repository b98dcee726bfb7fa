/**
 * Retention: schedules as reference data, the destroy-after date of every tracked record, legal holds, the sweeper
 * that finds what is due, and the destruction log.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel.retention;
