package org.casekeep.crm.contacthistory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.casekeep.kernel.validation.FieldProblem;
import org.casekeep.kernel.validation.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contact history form of the individual detail page. Goes back to the page either way; rejected input comes
 * back as flash attributes {@code interactionErrors} (field → message) and {@code interactionInput} (as typed).
 */
@Controller
@RequestMapping("/crm/individuals/{id}/interactions")
class InteractionPages {

	/** The form as typed, to show it again after a rejection. */
	record Input(@Nullable String mode, @Nullable String occurredAt, @Nullable String outcome) {
	}

	private final ContactHistory history;

	InteractionPages(ContactHistory history) {
		this.history = history;
	}

	@PostMapping
	String record(@PathVariable UUID id, @RequestParam(required = false) @Nullable String mode,
			@RequestParam(required = false) @Nullable String occurredAt,
			@RequestParam(required = false) @Nullable String outcome, RedirectAttributes redirect) {
		try {
			history.record(id, new InteractionDraft(mode, occurredAt, outcome, null));
			redirect.addFlashAttribute("notice", "Interaction recorded.");
		}
		catch (InvalidInputException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			for (FieldProblem problem : ex.problems()) {
				errors.merge(problem.field(), problem.message(), (a, b) -> a + " " + b);
			}
			redirect.addFlashAttribute("interactionErrors", errors);
			redirect.addFlashAttribute("interactionInput", new Input(mode, occurredAt, outcome));
		}
		return "redirect:/crm/individuals/" + id + "#contact-history";
	}
}
