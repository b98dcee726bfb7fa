/**
 * Archive packages written before a record is removed, for schedules that say "archive and remove" (Detention
 * Ombudsman PIA 5.2), and the records that could not be archived and so were kept.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel.retention.archive;
