/**
 * Approved records schedules: a records officer enters the schedule NARA approved for records kept unscheduled until
 * then (Detention Ombudsman PIA 1.4, 5.1, 5.2), with its history, and the records already tracked are counted anew.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel.retention.approval;
