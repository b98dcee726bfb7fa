/**
 * Detention ombudsman (seed: detention-ombudsman-cms-pia.txt): complaints of OIDO from every staff channel and from
 * the public portal (no sign-in, English and Spanish, receipt codes), their triage and case work, confirmation to the
 * submitter with a correspondence log; investigations and inspections with deconfliction, and recommendations to
 * components; OIDO's external relations (stakeholders and engagements, told to the CRM when held); the sharing of a
 * complaint outside the Department through the kernel's accounting of disclosures (PIA 6.4); with the intake,
 * analyst, junior auditor, investigator and manager roles of PIA 8.1. Every record is closed to staff whose annual
 * privacy training is not current (PIA 8.2).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Detention ombudsman", allowedDependencies = "kernel")
@org.jspecify.annotations.NullMarked
package org.casekeep.detention;
