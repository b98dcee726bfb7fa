/**
 * Stakeholder CRM (seed: crm-stakeholder-engagement-pia.txt): individuals and organizations DHS engages with,
 * owned by a component and a user, shared across components except for cell phone and email (PIA 4.1).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Stakeholder CRM")
@org.jspecify.annotations.NullMarked
package org.casekeep.crm;
