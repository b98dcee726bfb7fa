/**
 * Aggregate reports as documents people download: a title, paragraphs and tables of labelled cells, written as CSV
 * (safe to open in a spreadsheet) and as PDF. Only what the document holds is written, so a report built from
 * {@link org.casekeep.kernel.disclosurecontrol.ProtectedTable}s cannot carry a suppressed value or personal data.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel.tables;
