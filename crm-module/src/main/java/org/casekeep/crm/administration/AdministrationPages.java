package org.casekeep.crm.administration;

import java.util.LinkedHashMap;
import java.util.Map;

import org.casekeep.kernel.validation.FieldProblem;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.web.PageForms;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The CRM administrator's pages under {@code /crm/admin}: moving a departing user's records to another user. */
@Controller
@RequestMapping("/crm/admin")
class AdministrationPages {

	private static final String OWNERSHIP = "crm/administration/ownership";

	/** The transfer form as typed, to show it again after a refusal. */
	record Typed(@Nullable String from, @Nullable String to) {
	}

	private final OwnershipTransfers transfers;

	AdministrationPages(OwnershipTransfers transfers) {
		this.transfers = transfers;
	}

	@GetMapping("/ownership")
	String ownership(Model model) {
		model.addAttribute("users", transfers.users());
		model.addAttribute("typed", new Typed(null, null));
		model.addAttribute("errors", Map.of());
		return OWNERSHIP;
	}

	@PostMapping("/ownership")
	ModelAndView transfer(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Model model, RedirectAttributes redirect) {
		try {
			OwnershipTransfer done = transfers.transfer(new OwnershipTransferRequest(from, to, null));
			redirect.addFlashAttribute("notice", done.transferred() + " records moved from " + done.from() + " to "
					+ done.to() + ".");
			return PageForms.seeOther("/crm/admin/ownership");
		}
		catch (InvalidInputException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			for (FieldProblem problem : ex.problems()) {
				errors.merge(problem.field(), problem.message(), (a, b) -> a + " " + b);
			}
			model.addAttribute("users", transfers.users());
			model.addAttribute("typed", new Typed(from, to));
			model.addAttribute("errors", errors);
			return PageForms.unprocessable(OWNERSHIP);
		}
	}
}
