package org.casekeep.kernel.access;

import java.util.Collection;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authenticated {@link Actor} without a token: for jobs and listeners run through {@link Actors#runAs}, and for
 * tests. Authorities are the actor's roles prefixed with {@code ROLE_}.
 */
public final class ActorAuthentication extends AbstractAuthenticationToken implements ActorAware {

	private final Actor actor;

	public ActorAuthentication(Actor actor) {
		super(authorities(actor));
		this.actor = actor;
		setAuthenticated(true);
	}

	private static Collection<GrantedAuthority> authorities(Actor actor) {
		return List.copyOf(actor.roles().stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
	}

	@Override
	public Actor actor() {
		return actor;
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return actor.username();
	}

	@Override
	public String getName() {
		return actor.username();
	}
}
