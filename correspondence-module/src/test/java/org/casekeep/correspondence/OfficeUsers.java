package org.casekeep.correspondence;

import java.util.Set;

import org.casekeep.correspondence.office.OfficeRoles;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.testing.SignedIn;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The demo realm's people as the correspondence module's own tests sign them in: the Executive Secretariat of ESEC
 * (which sees every component's work) and of ICE, action officers of ICE and CBP, and two CRM users who hold no role
 * of the office. The platform's tests use the same people through its Keycloak token converter, its end-to-end tests
 * through a real Keycloak.
 */
public enum OfficeUsers {

	ESEC_CLERK("esec-clerk", "ESEC", OfficeRoles.EXEC_SEC),
	ESEC_LEAD("esec-lead", "ESEC", OfficeRoles.EXEC_SEC),
	ICE_ESEC("ice-esec", "ICE", OfficeRoles.EXEC_SEC),
	ICE_ACTION("ice-action", "ICE", OfficeRoles.ACTION_OFFICER),
	CBP_ACTION("cbp-action", "CBP", OfficeRoles.ACTION_OFFICER),
	/** Has no role of the office: a CRM user of PSO. */
	PSO_ANALYST("pso-analyst", "PSO", "crm_user"),
	/** Has no role of the office: a CRM user of ICE. */
	ICE_LIAISON("ice-liaison", "ICE", "crm_user", "crm_contact_viewer");

	private final Actor actor;

	OfficeUsers(String username, String component, String... roles) {
		this.actor = new Actor(username, component, Set.of(roles));
	}

	public String username() {
		return actor.username();
	}

	public Actor actor() {
		return actor;
	}

	/** Signs a request in as this user. */
	public RequestPostProcessor token() {
		return SignedIn.as(actor);
	}
}
