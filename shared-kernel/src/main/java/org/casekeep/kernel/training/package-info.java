/**
 * Annual privacy training: who completed it when, recorded by the privacy office, and the precondition that keeps
 * case data from a user whose training is not current (OIDO PIA 8.2) for the record types a module puts behind it.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel.training;
