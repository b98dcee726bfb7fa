package org.casekeep.correspondence.trackers;

import java.util.Set;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.testing.SignedIn;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The people of the trackers' libraries, as the tests sign them in; every one of USCIS unless said otherwise. */
enum TrackerUsers {

	OCC_ATTORNEY("occ-attorney", "USCIS", "occ_attorney"),
	/** OCC support staff: in the library, but may not see criminal or marital history. */
	OCC_PARALEGAL("occ-paralegal", "USCIS", "occ_staff"),
	/** Holds OCC's role in another component: outside the library. */
	OGC_ATTORNEY_ELSEWHERE("ogc-attorney", "OGC", "occ_attorney"),
	OLIA_LIAISON("olia-liaison", "USCIS", "olia_liaison"),
	OPQ_ANALYST("opq-analyst", "USCIS", "opq_staff"),
	OPQ_SUPERVISOR("opq-supervisor", "USCIS", "opq_supervisor"),
	/** Any employee: may fill in the OPQ form, sees nothing of the tracker. */
	ICE_EMPLOYEE("ice-employee", "ICE", "action_officer"),
	PRIVACY_ANALYST("privacy-analyst", "USCIS", "privacy_incident_analyst"),
	PRIVACY_SUPERVISOR("privacy-supervisor", "USCIS", "privacy_incident_supervisor"),
	RA_REVIEWER("ra-reviewer", "USCIS", "ra_review_team"),
	SCOPS_MAILBOX("scops-mailbox", "USCIS", "scops_mailbox"),
	EMMA_CLERK("emma-clerk", "USCIS", "emma_user"),
	RAMS_USER("rams-user", "ICE", "rams_user"),
	RAMS_ADMIN("rams-admin", "OGC", "rams_admin");

	private final Actor actor;

	TrackerUsers(String username, String component, String... roles) {
		this.actor = new Actor(username, component, Set.of(roles));
	}

	String username() {
		return actor.username();
	}

	Actor actor() {
		return actor;
	}

	RequestPostProcessor token() {
		return SignedIn.as(actor);
	}
}
