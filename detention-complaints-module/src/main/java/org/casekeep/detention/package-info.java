/**
 * Detention ombudsman (seed: detention-ombudsman-cms-pia.txt): complaints of OIDO from every staff channel and from
 * the public portal (no sign-in, English and Spanish, receipt codes), their triage and case work, confirmation to the
 * submitter with a correspondence log, with the intake, analyst and manager roles of PIA 8.1. Investigations,
 * inspections, recommendations and reports are not built yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Detention ombudsman", allowedDependencies = "kernel")
@org.jspecify.annotations.NullMarked
package org.casekeep.detention;
