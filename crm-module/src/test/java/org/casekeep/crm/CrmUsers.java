package org.casekeep.crm;

import java.util.Set;

import org.casekeep.crm.stakeholder.CrmRoles;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.testing.SignedIn;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The demo realm's CRM users (and one Executive Secretariat clerk without CRM roles) as the CRM's own tests sign them
 * in. The platform's tests use the same people through its Keycloak token converter, its end-to-end tests through a
 * real Keycloak.
 */
enum CrmUsers {

	ICE_LIAISON("ice-liaison", "ICE", CrmRoles.USER, CrmRoles.CONTACT_VIEWER),
	PSO_ANALYST("pso-analyst", "PSO", CrmRoles.USER),
	PSO_OWNER("pso-owner", "PSO", CrmRoles.USER, CrmRoles.CONTACT_VIEWER),
	PSO_ADMIN("pso-admin", "PSO", CrmRoles.USER, CrmRoles.CONTACT_VIEWER, CrmRoles.ADMIN),
	/** Has no CRM role: the Executive Secretariat's clerk. */
	ESEC_CLERK("esec-clerk", "ESEC", "exec_sec");

	private final Actor actor;

	CrmUsers(String username, String component, String... roles) {
		this.actor = new Actor(username, component, Set.of(roles));
	}

	String username() {
		return actor.username();
	}

	Actor actor() {
		return actor;
	}

	/** Signs a request in as this user. */
	RequestPostProcessor token() {
		return SignedIn.as(actor);
	}
}
