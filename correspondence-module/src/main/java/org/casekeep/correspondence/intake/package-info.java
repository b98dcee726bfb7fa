/**
 * Receipt of correspondence (PIA "Receipt &amp; Assignment", 2.5, 3.4): intake of letters, email, fax and telephone
 * notes one at a time or in batches, the SPII review that holds a record until every finding is redacted or kept,
 * reading and full-text search among the records a user may see, and the destruction of a record whose retention
 * ended. Other features tell it about a record through
 * {@link org.casekeep.correspondence.intake.TrackedCorrespondence}.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.correspondence.intake;
