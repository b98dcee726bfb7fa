package org.casekeep.kernel.directory;

import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A person of the identity provider as the directory tells it: enough to choose them and to check that they may be
 * assigned, nothing more (no email, no phone).
 *
 * @param username their sign-in name, lower case, must not be {@literal null}.
 * @param displayName first and last name, or the username when the directory holds none.
 * @param component the component they belong to, {@literal null} if the directory gives none.
 * @param roles their realm roles, never {@literal null}.
 */
public record DirectoryPerson(String username, String displayName, @Nullable String component, Set<String> roles) {

	public DirectoryPerson {
		Objects.requireNonNull(username, "username must not be null");
		Objects.requireNonNull(displayName, "displayName must not be null");
		roles = Set.copyOf(roles);
	}

	public boolean hasAnyRole(Set<String> candidates) {
		return candidates.stream().anyMatch(roles::contains);
	}
}
