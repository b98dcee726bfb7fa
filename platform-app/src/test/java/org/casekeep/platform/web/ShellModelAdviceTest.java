package org.casekeep.platform.web;

import java.util.Set;

import org.casekeep.kernel.access.Actor;
import org.casekeep.platform.web.ShellModelAdvice.Area;
import org.casekeep.platform.web.ShellModelAdvice.NavItem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which areas the navigation and the home page offer for which roles. */
class ShellModelAdviceTest {

	@Test
	void offersEachAreaOnlyToItsRoles() {
		assertThat(Area.usableBy(actor("crm_user"))).containsExactly(Area.CRM);
		assertThat(Area.usableBy(actor("crm_contact_viewer"))).isEmpty();
		// Executive Secretariat, CRM administrators and OIDO managers account for disclosures in the privacy area.
		assertThat(Area.usableBy(actor("exec_sec"))).containsExactly(Area.CORRESPONDENCE, Area.PRIVACY);
		assertThat(Area.usableBy(actor("crm_user", "crm_admin"))).containsExactly(Area.CRM, Area.PRIVACY);
		assertThat(Area.usableBy(actor("action_officer"))).containsExactly(Area.CORRESPONDENCE);
		assertThat(Area.usableBy(actor("researcher"))).containsExactly(Area.RESEARCH);
		assertThat(Area.usableBy(actor("research_approver"))).containsExactly(Area.RESEARCH);
		assertThat(Area.usableBy(actor("oido_intake"))).containsExactly(Area.OMBUDSMAN);
		assertThat(Area.usableBy(actor("oido_manager"))).containsExactly(Area.OMBUDSMAN, Area.PRIVACY);
		assertThat(Area.usableBy(actor("isso"))).containsExactly(Area.PRIVACY);
		assertThat(Area.usableBy(actor("platform_admin"))).containsExactly(Area.PRIVACY);
		assertThat(Area.usableBy(actor("crm_user", "privacy_officer"))).containsExactly(Area.CRM, Area.PRIVACY);
		assertThat(Area.usableBy(actor())).isEmpty();
		assertThat(Area.usableBy(null)).isEmpty();
	}

	@Test
	void marksTheCurrentArea() {
		Actor actor = actor("crm_user", "chief_privacy_officer");

		assertThat(ShellModelAdvice.navigationFor(actor, "/crm/organizations/42").items()).containsExactly(
				new NavItem("CRM", "/crm/individuals", true), new NavItem("Privacy", "/privacy", false));
		assertThat(ShellModelAdvice.navigationFor(actor, "/privacy").items()).extracting(NavItem::current)
			.containsExactly(false, true);
		assertThat(ShellModelAdvice.navigationFor(actor, "/crmx").items()).extracting(NavItem::current)
			.containsExactly(false, false);
		assertThat(ShellModelAdvice.navigationFor(null, "/").isEmpty()).isTrue();
	}

	private static Actor actor(String... roles) {
		return new Actor("jdoe", "ICE", Set.of(roles));
	}
}
