/**
 * Reports and metrics of OIDO (PIA overview "Reporting and Metrics", 2.1): counts of complaints cross-classified by the
 * dimensions an analyst chooses, the office's workflow metrics, and the annual report to Congress as a PDF and a CSV
 * whose small cells are suppressed by the kernel's disclosure control. Aggregates only, never a name or an identifier;
 * for OIDO analysts and managers only (PIA 3.3, 8.1), every report audited.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.detention.reports;
