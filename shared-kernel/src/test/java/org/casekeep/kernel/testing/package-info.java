/**
 * Test fixtures every module's tests use: the real embedded PostgreSQL they run against.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel.testing;
