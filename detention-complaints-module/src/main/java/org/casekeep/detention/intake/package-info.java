/**
 * Complaint intake from every staff channel (OIDO PIA overview, 2.1, 2.2): the complaint with every data element of
 * PIA 2.1 declared once, its case number, the SPII scan of its description, who may create and who may read it
 * (PIA 8.1), the work queue, and its retention (unscheduled, PIA 5.1).
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.detention.intake;
