/**
 * Who is acting and what they may do: the {@link org.casekeep.kernel.access.Actor} of the current thread, the facts of a
 * record that decisions depend on, and the {@link org.casekeep.kernel.access.AccessPolicy} that evaluates each module's
 * {@link org.casekeep.kernel.access.AccessRule}, deny by default (DESIGN.md rule 5).
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel.access;
