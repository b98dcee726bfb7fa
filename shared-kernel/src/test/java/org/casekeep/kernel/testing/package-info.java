/**
 * Test fixtures every module's tests use: the real embedded PostgreSQL they run against (and scratch databases for
 * migration tests), signing a request in, and what page tests share.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel.testing;
