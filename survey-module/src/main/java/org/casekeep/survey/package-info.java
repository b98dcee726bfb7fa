/**
 * Customer research (seed: customer-research-pia.txt): studies and the gates they pass before any collection (their
 * Privacy Threshold Analysis, the PRA's OMB clearance and Federal Register notice, vendor tool approvals), and
 * instruments approved version by version, kept under GRS 6.5 item 010; participants recruited directly, from another
 * system's export, from the CRM or by volunteering on the study's public sign-up page, their contact details sealed
 * under a key of the study and never added once they opted out; invitations to waves and a public answer page whose
 * answers carry nothing that leads to the person, with answers saved to finish later sealed under the invitation's
 * token; the crypto-shredding of contact data when the final wave closes; sessions of interviews and focus groups
 * with consent to recording, recordings purged once a transcript is verified, redacted transcripts, and quotes of
 * experts named only with their agreement; and reports of aggregate tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customer research", allowedDependencies = "kernel")
@org.jspecify.annotations.NullMarked
package org.casekeep.survey;
