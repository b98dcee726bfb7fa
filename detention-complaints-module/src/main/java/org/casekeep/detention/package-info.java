/**
 * Detention ombudsman (seed: detention-ombudsman-cms-pia.txt). Will own complaints, case assistance,
 * investigations and facility inspections of OIDO, with its intake, analyst, auditor, investigator and manager
 * roles. Not built yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Detention ombudsman", allowedDependencies = "kernel")
@org.jspecify.annotations.NullMarked
package org.casekeep.detention;
