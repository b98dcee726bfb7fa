/**
 * The platform: security (Keycloak through OAuth2 login and resource server), the web shell, error handling and
 * demo data. Depends on every module's API; no module depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
@org.jspecify.annotations.NullMarked
package org.casekeep.platform;
