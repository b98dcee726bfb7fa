/**
 * Persistence helpers that module entities share.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel.db;
