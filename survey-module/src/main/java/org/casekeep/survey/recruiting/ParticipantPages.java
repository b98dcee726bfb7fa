package org.casekeep.survey.recruiting;

import java.util.UUID;
import java.util.stream.Collectors;

import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.kernel.web.PageForms;
import org.casekeep.survey.studies.StudyAct;
import org.casekeep.survey.studies.StudyRegistry;
import org.casekeep.survey.participants.ParticipantView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The recruiters' page of a study, {@code /research/studies/{id}/participants} (PIA overview "Recruiting
 * Participants", 3.4): its participants with their contact details (released and audited by the kernel's guard), a
 * form to add one and a button to ask the CRM; refused to anyone but the researchers of the study's unit.
 */
@Controller
class ParticipantPages {

	private final ParticipantRecruitment recruitment;
	private final StudyRegistry studies;

	ParticipantPages(ParticipantRecruitment recruitment, StudyRegistry studies) {
		this.recruitment = recruitment;
		this.studies = studies;
	}

	@GetMapping("/research/studies/{id}/participants")
	String list(@PathVariable UUID id, Model model) {
		model.addAttribute("participants", recruitment.list(id));
		model.addAttribute("study", studies.checked(id, StudyAct.READ));
		model.addAttribute("requests", recruitment.requests(id));
		return "research/participants";
	}

	@PostMapping("/research/studies/{id}/participants")
	ModelAndView add(@PathVariable UUID id, @RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String phone,
			@RequestParam(required = false) @Nullable String address, RedirectAttributes redirect) {
		return act(id, redirect, () -> recruitment.add(id,
				new ParticipantRecruitment.ContactDraft(name, email, phone, address)), "Participant added.");
	}

	@PostMapping("/research/studies/{id}/recruitment-requests")
	ModelAndView askCrm(@PathVariable UUID id, @RequestParam(required = false) @Nullable String state,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> recruitment.requestFromCrm(id, null, state, null),
				"The CRM was asked for candidates; they appear here once it answers.");
	}

	private static ModelAndView act(UUID id, RedirectAttributes redirect, Runnable step, String done) {
		try {
			step.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("refusal", ex.problems().stream().map(p -> p.message())
				.collect(Collectors.joining(" ")));
		}
		catch (WorkflowConflictException ex) {
			redirect.addFlashAttribute("refusal", ex.getMessage());
		}
		return PageForms.seeOther("/research/studies/" + id + "/participants");
	}
}
