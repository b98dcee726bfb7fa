package org.casekeep.correspondence.mailbox;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.casekeep.kernel.validation.FieldProblem;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mailbox quarantine page of the Executive Secretariat: when, from whom, subject and reason of each message that
 * could not be taken in (never its body), and marking one handled with a note. Same service and permissions as the
 * API.
 */
@Controller
@RequestMapping("/correspondence/mailbox/quarantine")
class MailboxPages {

	private final MailboxQuarantine quarantine;

	MailboxPages(MailboxQuarantine quarantine) {
		this.quarantine = quarantine;
	}

	/** The quarantine, a page of 25 by default, newest first unless the user sorts by another column. */
	@GetMapping
	String list(@RequestParam(defaultValue = "false") boolean resolved,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size,
			@RequestParam(required = false) @Nullable String sort, HttpServletRequest request, Model model) {
		MailboxListing.ORDERS.show(model, "entries", quarantine.list(resolved), page, size, sort, request);
		model.addAttribute("resolved", resolved);
		return "correspondence/mailbox/quarantine";
	}

	@PostMapping("/{id}/resolve")
	String resolve(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		try {
			quarantine.resolve(id, new MailboxQuarantineResolution(note, version));
			redirect.addFlashAttribute("notice", "The message was marked handled.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("resolveErrorId", id.toString());
			redirect.addFlashAttribute("resolveError",
					ex.problems().stream().map(FieldProblem::message).reduce((a, b) -> a + " " + b).orElse(""));
			redirect.addFlashAttribute("resolveNote", note);
			redirect.addFlashAttribute("resolveErrors", java.util.Map.of("note-" + id,
					ex.problems().stream().map(FieldProblem::message).reduce((a, b) -> a + " " + b).orElse("")));
		}
		catch (WorkflowConflictException ex) {
			redirect.addFlashAttribute("resolveErrorId", id.toString());
			redirect.addFlashAttribute("resolveError", ex.getMessage());
			redirect.addFlashAttribute("resolveErrors", java.util.Map.of("form", ex.getMessage()));
		}
		return "redirect:/correspondence/mailbox/quarantine";
	}
}
