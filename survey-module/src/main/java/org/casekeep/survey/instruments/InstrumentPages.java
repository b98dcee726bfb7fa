package org.casekeep.survey.instruments;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.kernel.web.PageForms;
import org.casekeep.survey.instruments.InstrumentDrafts.NoticeDraft;
import org.casekeep.survey.instruments.InstrumentDrafts.OverCollectionDraft;
import org.casekeep.survey.instruments.InstrumentDrafts.QuestionDraft;
import org.casekeep.survey.studies.StudyAct;
import org.casekeep.survey.studies.StudyRegistry;
import org.casekeep.survey.studies.StudyView;
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
 * An instrument's editor and review page, {@code /research/studies/{studyId}/instruments/{id}}: the research unit
 * writes its questions and notice, the privacy offices mark over-collection (PIA 2.5), the Privacy Office approves the
 * version shown. Each page offers only what the services allow the user.
 */
@Controller
class InstrumentPages {

	private final InstrumentDesk desk;
	private final StudyRegistry studies;

	InstrumentPages(InstrumentDesk desk, StudyRegistry studies) {
		this.desk = desk;
		this.studies = studies;
	}

	@GetMapping("/research/studies/{studyId}/instruments/{id}")
	String instrument(@PathVariable UUID studyId, @PathVariable UUID id, Model model) {
		StudyView study = studies.checked(studyId, StudyAct.READ);
		model.addAttribute("study", study);
		model.addAttribute("allowed", studies.allowed(study));
		model.addAttribute("instrument", desk.view(studyId, id));
		model.addAttribute("versions", desk.approvedVersions(studyId, id));
		model.addAttribute("kinds", QuestionKind.values());
		model.addAttribute("demographics", Demographic.values());
		return "research/instrument";
	}

	@PostMapping("/research/studies/{studyId}/instruments/{id}/questions")
	ModelAndView addQuestion(@PathVariable UUID studyId, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable String choices,
			@RequestParam(required = false) @Nullable String scalePoints,
			@RequestParam(required = false) @Nullable String demographic, RedirectAttributes redirect) {
		List<String> lines = choices == null ? List.of() : choices.lines().map(String::strip)
			.filter(line -> !line.isEmpty()).toList();
		return act(studyId, id, redirect, () -> desk.addQuestion(studyId, id,
				new QuestionDraft(kind, text, lines, scalePoints, demographic)), "Question added.");
	}

	@PostMapping("/research/studies/{studyId}/instruments/{id}/questions/{questionId}/removal")
	ModelAndView removeQuestion(@PathVariable UUID studyId, @PathVariable UUID id, @PathVariable UUID questionId,
			RedirectAttributes redirect) {
		return act(studyId, id, redirect, () -> desk.removeQuestion(studyId, id, questionId), "Question removed.");
	}

	@PostMapping("/research/studies/{studyId}/instruments/{id}/questions/{questionId}/over-collection")
	ModelAndView overCollection(@PathVariable UUID studyId, @PathVariable UUID id, @PathVariable UUID questionId,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		return act(studyId, id, redirect, () -> desk.markOverCollection(studyId, id, questionId,
				new OverCollectionDraft(reason)), "Marked as over-collection.");
	}

	@PostMapping("/research/studies/{studyId}/instruments/{id}/notice")
	ModelAndView notice(@PathVariable UUID studyId, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String authority,
			@RequestParam(required = false) @Nullable String purpose,
			@RequestParam(required = false) @Nullable String routineUses,
			@RequestParam(required = false) @Nullable String voluntary,
			@RequestParam(required = false) @Nullable String effects, RedirectAttributes redirect) {
		return act(studyId, id, redirect, () -> desk.changeNotice(studyId, id,
				new NoticeDraft(authority, purpose, routineUses, voluntary, effects)), "Privacy notice saved.");
	}

	@PostMapping("/research/studies/{studyId}/instruments/{id}/approval")
	ModelAndView approve(@PathVariable UUID studyId, @PathVariable UUID id, RedirectAttributes redirect) {
		return act(studyId, id, redirect, () -> desk.approve(studyId, id), "Version approved.");
	}

	private static ModelAndView act(UUID studyId, UUID id, RedirectAttributes redirect, Supplier<InstrumentView> step,
			String done) {
		String page = "/research/studies/" + studyId + "/instruments/" + id;
		try {
			step.get();
			redirect.addFlashAttribute("notice", done);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("refusal",
					ex.problems().stream().map(p -> p.message()).collect(Collectors.joining(" ")));
		}
		catch (WorkflowConflictException ex) {
			redirect.addFlashAttribute("refusal", ex.getMessage());
		}
		return PageForms.seeOther(page);
	}
}
