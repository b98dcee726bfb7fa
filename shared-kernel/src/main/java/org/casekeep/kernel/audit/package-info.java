/**
 * The append-only, hash-chained audit trail (DESIGN.md rule 4): writing entries in the caller's transaction,
 * searching them for reviews, and verifying that no entry was altered, removed or inserted.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel.audit;
