package org.casekeep.survey;

import java.util.Set;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.testing.SignedIn;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The people of customer research as its tests sign them in: the demo realm's researcher (USCIS) and research
 * approver (PRIV), USCIS's and ICE's privacy offices, a researcher of another unit, and a user without any research
 * role.
 */
enum ResearchUsers {

	RESEARCHER("researcher", "USCIS", "researcher"),
	APPROVER("research-approver", "PRIV", "research_approver"),
	USCIS_PRIVACY("uscis-privacy", "USCIS", "privacy_officer"),
	ICE_PRIVACY("ice-privacy", "ICE", "privacy_officer"),
	ICE_RESEARCHER("ice-researcher", "ICE", "researcher"),
	/** Holds both roles: separation of duties must still stop them approving their own study. */
	RESEARCHER_AND_APPROVER("dual-role", "USCIS", "researcher", "research_approver"),
	/** Has no research role: a CRM user. */
	CRM_USER("ice-liaison", "ICE", "crm_user");

	private final Actor actor;

	ResearchUsers(String username, String component, String... roles) {
		this.actor = new Actor(username, component, Set.of(roles));
	}

	Actor actor() {
		return actor;
	}

	RequestPostProcessor token() {
		return SignedIn.as(actor);
	}
}
