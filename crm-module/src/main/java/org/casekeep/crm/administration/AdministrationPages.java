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

/**
 * The CRM administrator's pages under {@code /crm/admin}: approving users' access (CRM PIA 8.1) and moving a departing
 * user's records to another user.
 */
@Controller
@RequestMapping("/crm/admin")
class AdministrationPages {

	private static final String OWNERSHIP = "crm/administration/ownership";

	/** The transfer form as typed, to show it again after a refusal. */
	record Typed(@Nullable String from, @Nullable String to) {
	}

	private final OwnershipTransfers transfers;
	private final AccessApprovals approvals;

	AdministrationPages(OwnershipTransfers transfers, AccessApprovals approvals) {
		this.transfers = transfers;
		this.approvals = approvals;
	}

	@GetMapping("/access")
	String access(Model model) {
		model.addAttribute("approvals", approvals.list());
		return "crm/administration/access";
	}

	/** Approves or revokes a user's access (CRM PIA 8.1); {@code decision} is {@code approve} or {@code revoke}. */
	@PostMapping("/access")
	ModelAndView decide(@RequestParam String username, @RequestParam String decision, RedirectAttributes redirect) {
		try {
			switch (decision) {
				case "approve" -> approvals.approve(username);
				case "revoke" -> approvals.revoke(username);
				default -> throw InvalidInputException.of("decision", "Choose approve or revoke");
			}
			redirect.addFlashAttribute("notice", ("approve".equals(decision) ? "Access approved for " : "Access revoked for ")
					+ username + ".");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("notice", ex.problems().getFirst().message());
		}
		return PageForms.seeOther("/crm/admin/access");
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
