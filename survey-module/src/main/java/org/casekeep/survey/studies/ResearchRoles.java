package org.casekeep.survey.studies;

import org.casekeep.kernel.access.PrivacyRoles;

/** The roles customer research decides on (DESIGN.md, users and roles). */
public final class ResearchRoles {

	/** Runs the studies of their own research unit (component). */
	public static final String RESEARCHER = "researcher";
	/** The DHS Privacy Office, which approves PTAs, instruments and vendor tools (PIA 2.5, overview). */
	public static final String RESEARCH_APPROVER = "research_approver";
	/** The component privacy office, which reviews its own component's studies (PIA 2.5). */
	public static final String PRIVACY_OFFICER = PrivacyRoles.PRIVACY_OFFICER;

	private ResearchRoles() {
	}
}
