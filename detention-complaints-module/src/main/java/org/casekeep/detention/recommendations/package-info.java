/**
 * The Ombudsman's recommendations to DHS components (PIA overview, 1.1, 2.1 "reporting and metrics"): each made from an
 * investigation or inspection file or from a complaint, addressed to a component (ICE, CBP, ...) with a due date, and
 * tracked through the component's response (concur, non-concur, implemented) and OIDO's follow-up, every change kept
 * as a history row with who and when.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.detention.recommendations;
