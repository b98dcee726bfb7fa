/**
 * Detention ombudsman (seed: detention-ombudsman-cms-pia.txt): complaints of OIDO from every staff channel, their
 * triage and case work, with the intake, analyst and manager roles of PIA 8.1. Investigations, inspections, the public
 * portal, recommendations and reports are not built yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Detention ombudsman", allowedDependencies = "kernel")
@org.jspecify.annotations.NullMarked
package org.casekeep.detention;
