/**
 * Sharing a complaint's records outside the Department (PIA 6.1-6.5): with the Departments of Justice or State,
 * HHS-ORR, the U.S. Marshals Service, state and local authorities or private facilities under contract, only once an
 * OIDO supervisor approved it in the system (PIA 6.4), with the minimum records chosen (PIA 6.2) and the routine use
 * named. The kernel's accounting of disclosures keeps the accounting, found per complaint and per subject (its case
 * number) for the subject's Privacy Act request; the complaint's page lists it.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.detention.sharing;
