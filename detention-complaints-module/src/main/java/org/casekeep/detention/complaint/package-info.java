/**
 * The complaint to OIDO (PIA 2.1): the aggregate with every data element declared once, its value types, case number,
 * the SPII scan of its description, who may create and who may read it (PIA 8.1), its reading, changing and filing
 * with audit, and its retention (unscheduled, PIA 5.1), for the module's features to work through.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.detention.complaint;
