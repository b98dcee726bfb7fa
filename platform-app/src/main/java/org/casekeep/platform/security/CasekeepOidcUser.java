package org.casekeep.platform.security;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.ActorAware;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A web-session user logged in through Keycloak, with the {@link Actor} read from the ID token. */
final class CasekeepOidcUser extends DefaultOidcUser implements ActorAware {

	private final Actor actor;

	CasekeepOidcUser(Actor actor, OidcIdToken idToken, OidcUserInfo userInfo) {
		super(KeycloakClaims.authorities(actor), idToken, userInfo, "preferred_username");
		this.actor = actor;
	}

	@Override
	public Actor actor() {
		return actor;
	}
}
