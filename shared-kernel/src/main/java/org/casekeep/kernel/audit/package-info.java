/**
 * The append-only, hash-chained audit trail (DESIGN.md rule 4): writing entries in the caller's transaction (the
 * database stamps their time), searching them for reviews, signed checkpoints of the chains kept outside the database,
 * and verifying against them that no entry was altered, removed or inserted and no chain rewritten or cut short.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel.audit;
