package org.casekeep.detention.overview;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The detention ombudsman's place in Casekeep until the module is built: its navigation entry for OIDO staff
 * (every role of PIA 8.1 starts with {@code oido_}), and a page that says what it will do (PIA overview).
 */
@Controller
class OmbudsmanOverview {

	static final String ROLE_PREFIX = "oido_";

	static final String TITLE = "Immigration detention ombudsman";

	static final String PURPOSE = "Ombudsman will be the case management system of the Office of the Immigration "
			+ "Detention Ombudsman (OIDO). Staff will use it to receive, triage and resolve complaints submitted by or "
			+ "on behalf of people in immigration detention, to run investigations and unannounced inspections of "
			+ "detention facilities, and to keep the contact information of the Office's stakeholders and the records "
			+ "of its external engagements.";

	@Bean
	static NavigationEntry ombudsmanArea() {
		return new NavigationEntry(40, "Ombudsman", TITLE, "/ombudsman", "/ombudsman",
				"Handle complaints about immigration detention, investigations and facility inspections.", false,
				(Actor actor) -> actor.roles().stream().anyMatch(role -> role.startsWith(ROLE_PREFIX)));
	}

	@GetMapping("/ombudsman")
	String overview(Model model) {
		model.addAttribute("moduleName", TITLE);
		model.addAttribute("modulePurpose", PURPOSE);
		model.addAttribute("moduleSource",
				"Immigration Detention Case Management System Privacy Impact Assessment (DHS/OIDO/PIA-001)");
		return "module-pending";
	}
}
