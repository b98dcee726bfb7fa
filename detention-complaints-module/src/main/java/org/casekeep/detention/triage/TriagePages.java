package org.casekeep.detention.triage;

import java.util.List;
import java.util.UUID;

import org.casekeep.detention.complaint.Choices;
import org.casekeep.detention.complaint.ComplaintCase.ComplaintId;
import org.casekeep.detention.complaint.ComplaintRecords;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.kernel.web.PageForms;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The triage page of a complaint: what it is reviewed for (previous complaints about the same detainee, consent,
 * jurisdiction, emergency) and a form for each outcome. A refused step comes back as a message on the page.
 */
@Controller
@RequestMapping("/detention/complaints/{id}/triage")
class TriagePages {

	private final ComplaintTriage triage;
	private final ComplaintRecords records;

	TriagePages(ComplaintTriage triage, ComplaintRecords records) {
		this.triage = triage;
		this.records = records;
	}

	@GetMapping
	String page(@PathVariable UUID id, Model model) {
		ComplaintId complaint = new ComplaintId(id);
		model.addAttribute("complaint", records.get(complaint));
		model.addAttribute("report", triage.report(complaint));
		model.addAttribute("agencyOptions", Choices.AGENCIES);
		model.addAttribute("protectionOptions", Choices.PROTECTIONS);
		model.addAttribute("jurisdictionOptions", Choices.JURISDICTIONS);
		return "detention/complaints/triage";
	}

	@PostMapping("/{step}")
	ModelAndView step(@PathVariable UUID id, @PathVariable String step, @RequestParam(required = false) @Nullable Long version,
			@RequestParam(required = false) @Nullable String analyst,
			@RequestParam(required = false) @Nullable String duplicateOf,
			@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable List<String> protections,
			@RequestParam(required = false) @Nullable String jurisdiction,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		ComplaintId complaint = new ComplaintId(id);
		String back = "/detention/complaints/" + id + "/triage";
		try {
			switch (step) {
				case "emergency" -> triage.flagEmergency(complaint, version);
				case "jurisdiction" -> triage.recordJurisdiction(complaint, version, jurisdiction);
				case "accept" -> triage.accept(complaint, version, analyst);
				case "merge" -> triage.merge(complaint, version, duplicateOf);
				case "refer" -> triage.refer(complaint, version, agency, protections);
				case "decline" -> triage.decline(complaint, version, reason);
				default -> throw new org.casekeep.kernel.access.RecordNotFoundException("triage step", step);
			}
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("triageError", ex.getMessage());
			return PageForms.seeOther(back);
		}
		catch (WorkflowConflictException ex) {
			redirect.addFlashAttribute("triageError", ex.getMessage());
			return PageForms.seeOther(back);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("triageError", "Somebody else changed this complaint since you opened it. "
					+ "Review it again, then decide.");
			return PageForms.seeOther(back);
		}
		redirect.addFlashAttribute("notice", "Triage recorded.");
		return PageForms.seeOther(step.equals("emergency") || step.equals("jurisdiction") ? back
				: "/detention/complaints/" + id);
	}
}
