package org.casekeep.platform.web;

import java.util.Set;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.web.NavigationEntry;
import org.casekeep.kernel.web.Shell;
import org.casekeep.kernel.web.Shell.NavItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which areas the navigation and the home page offer for which roles, as the modules contribute them: the shell
 * itself knows no module.
 */
@SpringBootTest
class NavigationIntegrationTests {

	static final String CRM = "CRM";
	static final String CORRESPONDENCE = "Correspondence";
	static final String RESEARCH = "Research";
	static final String OMBUDSMAN = "Ombudsman";
	static final String PRIVACY = "Privacy";

	@Autowired
	Shell shell;

	@Test
	void offersEachAreaOnlyToItsRoles() {
		assertThat(areas(actor("crm_user"))).containsExactly(CRM);
		assertThat(areas(actor("crm_contact_viewer"))).isEmpty();
		// Executive Secretariat, CRM administrators and OIDO managers account for disclosures in the privacy area.
		assertThat(areas(actor("exec_sec"))).containsExactly(CORRESPONDENCE, PRIVACY);
		assertThat(areas(actor("crm_user", "crm_admin"))).containsExactly(CRM, PRIVACY);
		assertThat(areas(actor("action_officer"))).containsExactly(CORRESPONDENCE);
		assertThat(areas(actor("researcher"))).containsExactly(RESEARCH);
		assertThat(areas(actor("research_approver"))).containsExactly(RESEARCH);
		assertThat(areas(actor("oido_intake"))).containsExactly(OMBUDSMAN);
		// OIDO managers work every part of the office (PIA 8.1); investigators their inspection files.
		assertThat(areas(actor("oido_manager"))).containsExactly(OMBUDSMAN, "Inspections", "OIDO reports",
				"Recommendations", "Public reports", PRIVACY);
		// Analysts prepare the public versions of recommendations; investigators do not publish.
		assertThat(areas(actor("oido_analyst"))).contains("Public reports");
		assertThat(areas(actor("oido_investigator"))).doesNotContain("Public reports");
		assertThat(areas(actor("oido_investigator"))).contains("Inspections").doesNotContain("OIDO reports", PRIVACY);
		assertThat(areas(actor("isso"))).containsExactly(PRIVACY);
		assertThat(areas(actor("records_officer"))).containsExactly("Records");
		assertThat(areas(actor("platform_admin"))).containsExactly(PRIVACY);
		// Component privacy offices review research studies' privacy threshold analyses (Customer Research PIA 1.5).
		assertThat(areas(actor("crm_user", "privacy_officer"))).containsExactly(CRM, RESEARCH, PRIVACY);
		assertThat(areas(actor())).isEmpty();
		assertThat(shell.areasFor(null)).isEmpty();
	}

	@Test
	void marksTheCurrentArea() {
		Actor actor = actor("crm_user", "chief_privacy_officer");

		assertThat(shell.navigationFor(actor, "/crm/organizations/42").items()).containsExactly(
				new NavItem("CRM", "/crm/individuals", true), new NavItem("Privacy", "/privacy", false));
		assertThat(shell.navigationFor(actor, "/privacy").items()).extracting(NavItem::current)
			.containsExactly(false, true);
		assertThat(shell.navigationFor(actor, "/crmx").items()).extracting(NavItem::current)
			.containsExactly(false, false);
		assertThat(shell.navigationFor(null, "/").isEmpty()).isTrue();
	}

	@Test
	void modulesNotBuiltYetSayWhatTheyWillDo() {
		assertThat(shell.areasFor(actor("researcher", "oido_intake", "crm_user")))
			.extracting(NavigationEntry::label, NavigationEntry::available)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(CRM, true),
					org.assertj.core.groups.Tuple.tuple(RESEARCH, false),
					org.assertj.core.groups.Tuple.tuple(OMBUDSMAN, true));
	}

	private java.util.List<String> areas(Actor actor) {
		return shell.areasFor(actor).stream().map(NavigationEntry::label).toList();
	}

	private static Actor actor(String... roles) {
		return new Actor("jdoe", "ICE", Set.of(roles));
	}
}
