/**
 * Stakeholder CRM (seed: crm-stakeholder-engagement-pia.txt): individuals and organizations DHS engages with and the
 * contact history of individuals, owned by a component and a user, shared across components except for cell phone
 * and email (PIA 4.1).
 * <p>
 * One feature per sub-package, by the PIA's kinds of information: {@code individuals}, {@code organizations},
 * {@code contacthistory}; what they share in {@code stakeholder}; the run command's {@code demo} stakeholders. Other
 * modules see only its {@code events}; it depends on the kernel and on the correspondence module's events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Stakeholder CRM",
		allowedDependencies = { "kernel", "correspondence :: events" })
@org.jspecify.annotations.NullMarked
package org.casekeep.crm;
