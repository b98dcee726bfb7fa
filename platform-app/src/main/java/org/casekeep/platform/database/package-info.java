/**
 * The database the run command starts when no external PostgreSQL is configured: a real embedded PostgreSQL server,
 * with the application connecting as its restricted role and Liquibase as the owner.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.platform.database;
