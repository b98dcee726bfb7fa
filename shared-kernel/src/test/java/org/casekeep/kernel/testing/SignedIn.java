package org.casekeep.kernel.testing;

import java.util.Set;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.ActorAuthentication;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Signs a MockMvc request in as an {@link Actor}, for a module's own page and API tests. The platform's tests go
 * through its Keycloak token converter instead, and its end-to-end tests through a real Keycloak.
 */
public final class SignedIn {

	private SignedIn() {
	}

	/** The request as made by this actor. */
	public static RequestPostProcessor as(Actor actor) {
		return authentication(new ActorAuthentication(actor));
	}

	/** The request as made by a user of a component with these roles. */
	public static RequestPostProcessor as(String username, String component, String... roles) {
		return as(new Actor(username, component, Set.of(roles)));
	}
}
