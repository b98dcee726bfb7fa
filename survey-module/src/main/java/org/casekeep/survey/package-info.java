/**
 * Customer research (seed: customer-research-pia.txt): studies and the gates they pass before any collection (their
 * Privacy Threshold Analysis, the PRA's OMB clearance and Federal Register notice, vendor tool approvals), and
 * instruments approved version by version, kept under GRS 6.5 item 010. Recruitment, consent, recordings and
 * transcripts, answers and reports are still to come.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customer research", allowedDependencies = "kernel")
@org.jspecify.annotations.NullMarked
package org.casekeep.survey;
