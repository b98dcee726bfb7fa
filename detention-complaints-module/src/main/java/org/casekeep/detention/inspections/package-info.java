/**
 * OIDO's investigations and facility inspections (PIA overview "Investigations", 1.1, 2.1, 2.3, 8.1): a file opened
 * from its triggering event by a junior auditor, deconflicted with OIG, CRCL, ICE OPR and CBP OPR and against OIDO's
 * own open files before anything is scheduled, visited (unannounced inspections confidential to their team and managers
 * until then), with its interviewees, photographs and recordings (metadata stripped from the working copy), findings
 * tied to facility standards, and its report shared with ICE and CBP, revised and finalized, which closes the file.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.detention.inspections;
