package org.casekeep.survey.overview;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.web.NavigationEntry;
import org.casekeep.survey.studies.ResearchRoles;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Customer research's place in Casekeep: its navigation entry for researchers, the Privacy Office and component
 * privacy offices, and its start page, the studies (Customer Research PIA, overview).
 */
@Controller
class ResearchOverview {

	static final String TITLE = "Customer research";

	@Bean
	static NavigationEntry researchArea() {
		return new NavigationEntry(30, "Research", TITLE, "/research", "/research",
				"Run surveys, interviews and focus groups, from their privacy review to collection.", false,
				(Actor actor) -> actor.hasAnyRole(ResearchRoles.RESEARCHER, ResearchRoles.RESEARCH_APPROVER,
						ResearchRoles.PRIVACY_OFFICER));
	}

	@GetMapping("/research")
	String overview() {
		return "redirect:/research/studies";
	}
}
