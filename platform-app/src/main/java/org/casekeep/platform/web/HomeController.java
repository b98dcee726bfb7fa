package org.casekeep.platform.web;

import org.casekeep.kernel.access.Actors;
import org.casekeep.platform.web.ShellModelAdvice.Area;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page, and the placeholder pages of the modules that are not built yet.
 * <p>
 * When a module ships its own page controller for {@code /correspondence}, {@code /research} or {@code /ombudsman},
 * remove the matching method here (two mappings for one path stop the application at start-up) and set
 * {@link Area#isAvailable()} to {@literal true}.
 */
@Controller
public class HomeController {

	static final String RESEARCH_PURPOSE = "Research will support the surveys, interviews and focus groups the "
			+ "Department runs with employees, contractors, stakeholders and the public to improve its services and "
			+ "operations. Taking part is voluntary and responses are kept confidential: the module will hold only the "
			+ "limited contact information needed to recruit participants and stay in touch with them, and will use "
			+ "demographic information only in aggregate, for trend analysis.";

	static final String OMBUDSMAN_PURPOSE = "Ombudsman will be the case management system of the Office of the "
			+ "Immigration Detention Ombudsman (OIDO). Staff will use it to receive, triage and resolve complaints "
			+ "submitted by or on behalf of people in immigration detention, to run investigations and unannounced "
			+ "inspections of detention facilities, and to keep the contact information of the Office's stakeholders "
			+ "and the records of its external engagements.";

	@GetMapping("/")
	public String home(Model model) {
		model.addAttribute("areas", Area.usableBy(Actors.current().orElse(null)));
		return "home";
	}

	@GetMapping("/research")
	public String research(Model model) {
		return pending(model, Area.RESEARCH, RESEARCH_PURPOSE, "DHS Customer Research Privacy Impact Assessment");
	}

	@GetMapping("/ombudsman")
	public String ombudsman(Model model) {
		return pending(model, Area.OMBUDSMAN, OMBUDSMAN_PURPOSE,
				"Immigration Detention Case Management System Privacy Impact Assessment (DHS/OIDO/PIA-001)");
	}

	private static String pending(Model model, Area area, String purpose, String source) {
		model.addAttribute("moduleName", area.getTitle());
		model.addAttribute("modulePurpose", purpose);
		model.addAttribute("moduleSource", source);
		return "module-pending";
	}
}
