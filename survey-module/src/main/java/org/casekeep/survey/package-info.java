/**
 * Customer research (seed: customer-research-pia.txt). Will own studies, survey waves, interviews and focus
 * groups, recruitment through the CRM by event, consent, recordings and transcripts under GRS 6.5 item 010. Not
 * built yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customer research", allowedDependencies = "kernel")
@org.jspecify.annotations.NullMarked
package org.casekeep.survey;
