package org.casekeep.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.casekeep.kernel.access.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Reads Keycloak's claims: realm roles from {@code realm_access.roles}, the component from the {@code component}
 * claim (a group attribute mapper), the username from {@code preferred_username}.
 */
final class KeycloakClaims {

	private KeycloakClaims() {
	}

	static Actor actor(Map<String, Object> claims) {
		Object username = claims.getOrDefault("preferred_username", claims.get("sub"));
		return new Actor(String.valueOf(username), component(claims.get("component")), roles(claims));
	}

	static Collection<GrantedAuthority> authorities(Actor actor) {
		return actor.roles().stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
	}

	@SuppressWarnings("unchecked")
	static Set<String> roles(Map<String, Object> claims) {
		if (claims.get("realm_access") instanceof Map<?, ?> realmAccess
				&& realmAccess.get("roles") instanceof Collection<?> roles) {
			return roles.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
		}
		return Set.of();
	}

	private static String component(Object claim) {
		if (claim instanceof List<?> values && !values.isEmpty()) {
			return String.valueOf(values.getFirst());
		}
		return claim == null ? null : String.valueOf(claim);
	}
}
