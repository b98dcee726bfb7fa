/**
 * The platform boots the modules: security (Keycloak through OAuth2 login and resource server), the rules of behavior
 * and the home page, background work and the run command's embedded database. It depends on the kernel alone (the
 * modules contribute their pages, navigation and demo data themselves); no module depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = "kernel")
@org.jspecify.annotations.NullMarked
package org.casekeep.platform;
