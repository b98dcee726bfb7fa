/**
 * Persistence helpers module entities share, and the rule that no database error carries the values of a row into
 * an exception message or a log.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel.db;
