package org.casekeep.detention.casework;

import java.util.UUID;

import org.casekeep.detention.complaint.ComplaintCase.ComplaintId;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.kernel.web.PageForms;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case-work forms of a complaint's page; each goes back to the page, with a message if refused. */
@Controller
@RequestMapping("/detention/complaints/{id}/casework")
class CaseWorkPages {

	private final CaseWork work;

	CaseWorkPages(CaseWork work) {
		this.work = work;
	}

	@PostMapping("/{step}")
	ModelAndView step(@PathVariable UUID id, @PathVariable String step,
			@RequestParam(required = false) @Nullable Long version, @RequestParam(required = false) @Nullable String field,
			@RequestParam(required = false) @Nullable String correctedValue,
			@RequestParam(required = false) @Nullable String reason, @RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable String resolution, RedirectAttributes redirect) {
		ComplaintId complaint = new ComplaintId(id);
		try {
			switch (step) {
				case "corrections" -> work.correct(complaint, version, field, correctedValue, reason);
				case "notes" -> work.addResearchNote(complaint, version, text);
				case "close" -> work.close(complaint, version, resolution);
				case "reopen" -> work.reopen(complaint, version, reason);
				default -> throw new org.casekeep.kernel.access.RecordNotFoundException("case-work step", step);
			}
			redirect.addFlashAttribute("notice", "Saved.");
		}
		catch (InvalidInputException | WorkflowConflictException ex) {
			redirect.addFlashAttribute("caseworkError", ex.getMessage());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("caseworkError", "Somebody else changed this complaint since you opened it. "
					+ "Read it again, then apply your change.");
		}
		return PageForms.seeOther("/detention/complaints/" + id);
	}
}
