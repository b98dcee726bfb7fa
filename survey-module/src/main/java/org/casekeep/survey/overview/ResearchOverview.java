package org.casekeep.survey.overview;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Customer research's place in Casekeep until the module is built: its navigation entry for researchers and research
 * approvers, and a page that says what it will do (Customer Research PIA, overview).
 */
@Controller
class ResearchOverview {

	static final String RESEARCHER = "researcher";
	static final String RESEARCH_APPROVER = "research_approver";

	static final String TITLE = "Customer research";

	static final String PURPOSE = "Research will support the surveys, interviews and focus groups the Department runs "
			+ "with employees, contractors, stakeholders and the public to improve its services and operations. Taking "
			+ "part is voluntary and responses are kept confidential: the module will hold only the limited contact "
			+ "information needed to recruit participants and stay in touch with them, and will use demographic "
			+ "information only in aggregate, for trend analysis.";

	@Bean
	static NavigationEntry researchArea() {
		return new NavigationEntry(30, "Research", TITLE, "/research", "/research",
				"Run surveys, interviews and focus groups, and recruit the people who take part.", false,
				(Actor actor) -> actor.hasAnyRole(RESEARCHER, RESEARCH_APPROVER));
	}

	@GetMapping("/research")
	String overview(Model model) {
		model.addAttribute("moduleName", TITLE);
		model.addAttribute("modulePurpose", PURPOSE);
		model.addAttribute("moduleSource", "DHS Customer Research Privacy Impact Assessment");
		return "module-pending";
	}
}
