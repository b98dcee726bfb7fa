/**
 * Detention ombudsman (seed: detention-ombudsman-cms-pia.txt): complaints of OIDO from every staff channel and from
 * the public portal (no sign-in, English and Spanish, receipt codes), their triage and case work, confirmation to the
 * submitter with a correspondence log, OIDO's external relations (stakeholders and engagements, told to the CRM when
 * held), the sharing of a complaint outside the Department through the kernel's accounting of disclosures (PIA 6.4),
 * with the intake, analyst and manager roles of PIA 8.1. Investigations,
 * inspections, recommendations and reports are not built yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Detention ombudsman", allowedDependencies = "kernel")
@org.jspecify.annotations.NullMarked
package org.casekeep.detention;
