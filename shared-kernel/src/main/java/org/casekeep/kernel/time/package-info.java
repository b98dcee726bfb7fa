/**
 * Federal time rules of rule 8 of the design: legal public holidays, business-day arithmetic for due dates in an
 * office's time zone, and fiscal years running 1 October – 30 September.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel.time;
