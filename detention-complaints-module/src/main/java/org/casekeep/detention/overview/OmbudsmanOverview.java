package org.casekeep.detention.overview;

import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The detention ombudsman's place in Casekeep: its navigation entry for OIDO's complaint roles, and where it takes each of them: intake staff to the intake form, which is all they may
 * use, analysts and managers to the work queue.
 */
@Controller
class OmbudsmanOverview {

	static final String TITLE = "Immigration detention ombudsman";

	@Bean
	static NavigationEntry ombudsmanArea() {
		return new NavigationEntry(40, "Ombudsman", TITLE, "/detention", "/detention",
				"Enter and triage complaints about immigration detention.", true,
				// Offered by role; what each may see is decided by the complaint services (PIA 8.1, 8.3).
				(Actor actor) -> actor.hasAnyRole(OidoRoles.INTAKE, OidoRoles.ANALYST, OidoRoles.MANAGER));
	}

	@GetMapping({ "/detention", "/ombudsman" })
	String start() {
		Actor actor = Actors.require();
		return OidoRoles.worksCases(actor) ? "redirect:/detention/complaints" : "redirect:/detention/complaints/new";
	}
}
