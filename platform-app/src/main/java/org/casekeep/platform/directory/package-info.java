/**
 * The directory of people as Keycloak knows them, through its admin REST API and a service account of the least
 * rights that work (realm-management {@code view-users}: {@code query-users} alone lists nobody).
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.platform.directory;
