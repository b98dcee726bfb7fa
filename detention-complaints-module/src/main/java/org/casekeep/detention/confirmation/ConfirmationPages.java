package org.casekeep.detention.confirmation;

import java.util.UUID;

import org.casekeep.detention.complaint.ComplaintCase.ComplaintId;
import org.casekeep.detention.complaint.ComplaintRecords;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.kernel.web.PageForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The confirmation pages for OIDO analysts and managers (PIA 7.3): a complaint's correspondence log with the choice of
 * a printable letter or an e-mail, and the letter itself, a page made for printing. Producing either is a POST, and
 * logged (PIA 8.1).
 */
@Controller
@RequestMapping("/detention/complaints/{id}")
class ConfirmationPages {

	private final Confirmations confirmations;
	private final CorrespondenceLog log;
	private final ComplaintRecords records;

	ConfirmationPages(Confirmations confirmations, CorrespondenceLog log, ComplaintRecords records) {
		this.confirmations = confirmations;
		this.log = log;
		this.records = records;
	}

	@GetMapping("/correspondence")
	String correspondence(@PathVariable UUID id, Model model) {
		ComplaintId complaint = new ComplaintId(id);
		model.addAttribute("complaint", records.get(complaint));
		model.addAttribute("entries", log.of(complaint));
		return "detention/confirmation/correspondence";
	}

	@PostMapping("/confirmation/letter")
	ModelAndView letter(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			return new ModelAndView("detention/confirmation/letter", "letter", confirmations.letter(new ComplaintId(id)));
		}
		catch (WorkflowConflictException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return PageForms.seeOther("/detention/complaints/" + id + "/correspondence");
		}
	}

	@PostMapping("/confirmation/email")
	ModelAndView email(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("outcome", confirmations.email(new ComplaintId(id)).name());
		}
		catch (WorkflowConflictException | InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return PageForms.seeOther("/detention/complaints/" + id + "/correspondence");
	}
}
