/**
 * Test fixtures every module's tests use: the real embedded PostgreSQL they run against, and signing a request in.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel.testing;
