package org.casekeep.platform.web;

import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.web.Shell;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: a card for every area the modules contribute that the user's roles can use. */
@Controller
class HomeController {

	private final Shell shell;

	HomeController(Shell shell) {
		this.shell = shell;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("areas", shell.areasFor(Actors.current().orElse(null)));
		return "home";
	}
}
