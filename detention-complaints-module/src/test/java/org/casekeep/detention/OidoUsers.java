package org.casekeep.detention;

import java.util.Set;

import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.testing.SignedIn;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The demo realm's OIDO users (keycloak/casekeep-realm.json) and people outside OIDO, as the module's own tests sign
 * them in.
 */
public enum OidoUsers {

	INTAKE("oido-intake", OidoRoles.COMPONENT, OidoRoles.INTAKE),
	ANALYST("oido-analyst", OidoRoles.COMPONENT, OidoRoles.ANALYST),
	MANAGER("oido-manager", OidoRoles.COMPONENT, OidoRoles.MANAGER),
	/** A CRM user of ICE: another component, no OIDO role (PIA 3.3: no other component sees anything). */
	ICE_LIAISON("ice-liaison", "ICE", "crm_user"),
	/** An OIDO role claimed by a user of another component: still nothing. */
	ICE_WITH_OIDO_ROLE("ice-analyst", "ICE", OidoRoles.ANALYST),
	/** A platform administrator sees no case content (issue of access, PIA 3.3). */
	ADMIN("platform-admin", "OCIO", "platform_admin");

	private final Actor actor;

	OidoUsers(String username, String component, String... roles) {
		this.actor = new Actor(username, component, Set.of(roles));
	}

	public String username() {
		return actor.username();
	}

	/** The user, with their annual privacy training recorded as current (PIA 8.2), as every OIDO user has. */
	public Actor actor() {
		org.casekeep.kernel.testing.PrivacyTrainingRecords.completedToday(actor.username(), actor.component());
		return actor;
	}

	/** The user signed in, with their privacy training current (see {@link #actor()}). */
	public RequestPostProcessor token() {
		return SignedIn.as(actor());
	}

	/** Another OIDO user of a test, signed in with their privacy training current (PIA 8.2). */
	public static RequestPostProcessor trained(Actor other) {
		org.casekeep.kernel.testing.PrivacyTrainingRecords.completedToday(other.username(), other.component());
		return SignedIn.as(other);
	}

	/** The same person before their privacy training was ever recorded. */
	public Actor untrained() {
		return actor;
	}
}
