package org.casekeep.kernel.access;

import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The authenticated person (or system job) on whose behalf Casekeep acts.
 *
 * @param username the identity provider's {@code preferred_username}, must not be {@literal null}.
 * @param component the user's component code (for example {@code ICE}), {@literal null} only for system jobs.
 * @param roles the realm roles of the user, never {@literal null}.
 */
public record Actor(String username, @Nullable String component, Set<String> roles) {

	/** The actor used by scheduled jobs and event listeners that run without a user. */
	public static final Actor SYSTEM = new Actor("system", null, Set.of());

	public Actor {
		Objects.requireNonNull(username, "username must not be null");
		roles = Set.copyOf(roles);
	}

	public boolean hasRole(String role) {
		return roles.contains(role);
	}

	public boolean hasAnyRole(String... candidates) {
		for (String candidate : candidates) {
			if (roles.contains(candidate)) {
				return true;
			}
		}
		return false;
	}

	public boolean belongsTo(@Nullable String componentCode) {
		return component != null && component.equals(componentCode);
	}
}
