package org.casekeep.platform.security;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.ActorAware;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A bearer-token authentication that knows its {@link Actor}. */
public final class CasekeepJwtAuthentication extends JwtAuthenticationToken implements ActorAware {

	private final Actor actor;

	CasekeepJwtAuthentication(Jwt jwt, Actor actor) {
		super(jwt, KeycloakClaims.authorities(actor), actor.username());
		this.actor = actor;
	}

	@Override
	public Actor actor() {
		return actor;
	}

	/** Converts a validated Keycloak access token into an authentication. */
	public static final class FromJwt implements org.springframework.core.convert.converter.Converter<Jwt, AbstractAuthenticationToken> {

		@Override
		public AbstractAuthenticationToken convert(Jwt jwt) {
			return new CasekeepJwtAuthentication(jwt, KeycloakClaims.actor(jwt.getClaims()));
		}
	}
}
