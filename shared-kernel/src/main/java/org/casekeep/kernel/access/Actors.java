package org.casekeep.kernel.access;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Looks up the {@link Actor} of the current thread from Spring Security's context.
 */
public final class Actors {

	private Actors() {
	}

	/** The current actor, or empty when nobody is authenticated. */
	public static Optional<Actor> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Optional.empty();
		}
		if (authentication instanceof ActorAware aware) {
			return Optional.of(aware.actor());
		}
		if (authentication.getPrincipal() instanceof ActorAware aware) {
			return Optional.of(aware.actor());
		}
		return Optional.empty();
	}

	/**
	 * The current actor.
	 * @throws org.springframework.security.access.AccessDeniedException when nobody is authenticated (deny by default).
	 */
	public static Actor require() {
		return current().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not authenticated"));
	}

	/**
	 * Runs work on behalf of an actor, for scheduled jobs, event listeners and demo data that act without a web
	 * request. Restores the previous security context afterwards.
	 */
	public static <T> T callAs(Actor actor, java.util.function.Supplier<T> work) {
		org.springframework.security.core.context.SecurityContext previous = SecurityContextHolder.getContext();
		org.springframework.security.core.context.SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new ActorAuthentication(actor));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public static void runAs(Actor actor, Runnable work) {
		callAs(actor, () -> {
			work.run();
			return null;
		});
	}
}
