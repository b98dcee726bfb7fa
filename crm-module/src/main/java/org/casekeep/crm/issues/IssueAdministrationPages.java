package org.casekeep.crm.issues;

import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.web.PageForms;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page of the issues, {@code /crm/admin/issues}: add, rename, retire, reactivate. */
@Controller
@RequestMapping("/crm/admin/issues")
class IssueAdministrationPages {

	private static final String PAGE = "/crm/admin/issues";

	private final IssueAdministration issues;

	IssueAdministrationPages(IssueAdministration issues) {
		this.issues = issues;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("issues", issues.list());
		return "crm/issues/admin";
	}

	@PostMapping
	ModelAndView add(@RequestParam(required = false) @Nullable String label, RedirectAttributes redirect) {
		return done(redirect, () -> "Issue " + issues.add(label).label() + " added.");
	}

	@PostMapping("/{code}/label")
	ModelAndView rename(@PathVariable String code, @RequestParam(required = false) @Nullable String label,
			RedirectAttributes redirect) {
		return done(redirect, () -> "Issue renamed to " + issues.rename(code, label).label() + ".");
	}

	@PostMapping("/{code}/retire")
	ModelAndView retire(@PathVariable String code, RedirectAttributes redirect) {
		return done(redirect, () -> "Issue retired; " + issues.retire(code)
				+ " stakeholders whose issues are all retired are now due for deletion (CRM PIA 3.2).");
	}

	@PostMapping("/{code}/reactivate")
	ModelAndView reactivate(@PathVariable String code, RedirectAttributes redirect) {
		return done(redirect, () -> "Issue " + issues.reactivate(code).label() + " is active again.");
	}

	private ModelAndView done(RedirectAttributes redirect, java.util.function.Supplier<String> change) {
		try {
			redirect.addFlashAttribute("notice", change.get());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("notice", ex.problems().getFirst().message());
		}
		return PageForms.seeOther(PAGE);
	}
}
