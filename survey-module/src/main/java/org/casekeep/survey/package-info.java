/**
 * Customer research (seed: customer-research-pia.txt): studies and the gates they pass before any collection (their
 * Privacy Threshold Analysis, the PRA's OMB clearance and Federal Register notice, vendor tool approvals), and
 * instruments approved version by version, kept under GRS 6.5 item 010; participants recruited directly, from another
 * system's export or from the CRM, their contact details sealed under a key of the study and never added once they
 * opted out; invitations to waves and a public answer page whose answers carry nothing that leads to the person; and
 * the crypto-shredding of contact data when the final wave closes; sessions of interviews and focus groups with
 * consent to recording, recordings purged once a transcript is verified, redacted transcripts, and quotes of experts
 * named only with their agreement. Sign-up and reports are still to come.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customer research", allowedDependencies = "kernel")
@org.jspecify.annotations.NullMarked
package org.casekeep.survey;
