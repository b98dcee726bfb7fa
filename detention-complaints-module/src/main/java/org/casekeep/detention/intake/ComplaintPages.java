package org.casekeep.detention.intake;

import java.util.UUID;

import org.casekeep.detention.complaint.Choices;
import org.casekeep.detention.complaint.ComplaintCase.ComplaintId;
import org.casekeep.detention.complaint.ComplaintRecords;
import org.casekeep.detention.complaint.ComplaintStatus;
import org.casekeep.detention.complaint.DescriptionScan;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.web.PageForms;
import org.casekeep.kernel.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The complaint pages: the intake form for OIDO staff of every channel, the receipt with the case number (shown once,
 * from the session's flash, so that nothing of the complaint is in a URL), the work queue and a complaint's page for
 * analysts and managers. Intake staff who try to open the queue or a complaint get the 403 page (PIA 8.1).
 */
@Controller
@RequestMapping("/detention/complaints")
class ComplaintPages {

	private final ComplaintIntake intake;
	private final ComplaintRecords records;
	private final DescriptionScan scan = new DescriptionScan();

	ComplaintPages(ComplaintIntake intake, ComplaintRecords records) {
		this.intake = intake;
		this.records = records;
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return form(model, new ComplaintForm());
	}

	@PostMapping
	ModelAndView file(@ModelAttribute("form") ComplaintForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!form.isIdentifiersReviewed() && form.getDescription() != null) {
			// PIA 2.1: unsolicited identifiers are offered for redaction before the complaint is stored.
			java.util.List<String> kinds = scan.scan(form.getDescription().strip()).stream()
				.map(DescriptionScan.Finding::kind).distinct().toList();
			if (!kinds.isEmpty()) {
				form.setIdentifiersReviewed(true);
				form.setRedactUnsolicitedIdentifiers(true);
				model.addAttribute("identifierKinds", kinds);
				return PageForms.unprocessable(form(model, form));
			}
		}
		try {
			redirect.addFlashAttribute("receipt", intake.file(form.toDraft()));
			return PageForms.seeOther("/detention/complaints/received");
		}
		catch (InvalidInputException ex) {
			PageForms.reject(ex, binding);
			return PageForms.unprocessable(form(model, form));
		}
	}

	@GetMapping("/received")
	String received(Model model) {
		return model.containsAttribute("receipt") ? "detention/complaints/received" : "redirect:/detention/complaints/new";
	}

	@GetMapping
	String queue(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		ComplaintStatus chosen = ComplaintsApi.status(status);
		model.addAttribute("results", records.queue(chosen, Paging.of(page, null)));
		model.addAttribute("status", chosen == null ? "" : chosen.name());
		model.addAttribute("statusOptions", Choices.STATUSES);
		return "detention/complaints/queue";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		model.addAttribute("complaint", records.get(new ComplaintId(id)));
		model.addAttribute("correctableFields", ComplaintRecords.correctableFields());
		return "detention/complaints/detail";
	}

	private static String form(Model model, ComplaintForm form) {
		model.addAttribute("form", form);
		if (!model.containsAttribute("identifierKinds")) {
			model.addAttribute("identifierKinds", java.util.List.of());
		}
		model.addAttribute("channelOptions", Choices.CHANNELS);
		model.addAttribute("roleOptions", Choices.SUBMITTER_ROLES);
		model.addAttribute("sexOptions", Choices.SEXES);
		model.addAttribute("transgenderOptions", Choices.TRANSGENDER);
		model.addAttribute("categoryOptions", Choices.CATEGORIES);
		model.addAttribute("subjectOptions", Choices.SUBJECTS);
		return "detention/complaints/form";
	}
}
