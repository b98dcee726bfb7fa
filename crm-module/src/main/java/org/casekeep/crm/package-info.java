/**
 * Stakeholder CRM (seed: crm-stakeholder-engagement-pia.txt): individuals and organizations DHS engages with, the
 * contact history of individuals and the events DHS collaborated on, owned by a component and a user, shared across
 * components except for cell phone and email (PIA 4.1).
 * <p>
 * One feature per sub-package, by the PIA's kinds of information: {@code individuals}, {@code organizations},
 * {@code contacthistory}, {@code engagements} (PIA 1.1 "events"; {@code events} holds the CRM's published domain
 * events); what they share in {@code stakeholder}; the run command's {@code demo} stakeholders. Other modules see
 * only its {@code events}; it depends on the kernel and on the correspondence and ombudsman modules' events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Stakeholder CRM",
		allowedDependencies = { "kernel", "correspondence :: events", "detention :: events" })
@org.jspecify.annotations.NullMarked
package org.casekeep.crm;
