package org.casekeep.detention.recommendations;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.validation.FieldProblem;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.kernel.web.NavigationEntry;
import org.casekeep.detention.inspections.Inputs;
import org.casekeep.kernel.web.PageForms;
import org.casekeep.kernel.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
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

/** The recommendation tracking pages: the list (paged, earliest due first, overdue marked), issuing, and one's history. */
@Controller
@RequestMapping("/detention/recommendations")
class RecommendationPages {

	private final RecommendationTracking tracking;

	RecommendationPages(RecommendationTracking tracking) {
		this.tracking = tracking;
	}

	@Bean
	static NavigationEntry recommendationsArea() {
		return new NavigationEntry(42, "Recommendations", "Recommendations to components", "/detention/recommendations",
				"/detention/recommendations", "Track the Ombudsman's recommendations to ICE, CBP and other components.",
				true, (Actor actor) -> actor.hasAnyRole(OidoRoles.ANALYST, OidoRoles.JUNIOR_AUDITOR,
						OidoRoles.INVESTIGATOR, OidoRoles.MANAGER));
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("results", tracking.list(status, Paging.of(page, null)));
		model.addAttribute("status", status == null ? "" : status);
		model.addAttribute("statusOptions", Inputs.options(Recommendation.Status.values(), Recommendation.Status::label));
		model.addAttribute("componentOptions", Inputs.options(Recommendation.Component.values(), Recommendation.Component::label));
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		return "detention/recommendations/list";
	}

	@PostMapping
	ModelAndView issue(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			UUID file = form.get("inspectionFileId") == null || form.get("inspectionFileId").isBlank() ? null
					: parse(form.get("inspectionFileId"));
			RecommendationViews.View issued = tracking.issue(new RecommendationTracking.Draft(file,
					form.get("complaintCaseNumber"), form.get("component"), form.get("text"), form.get("dueOn")));
			return PageForms.seeOther("/detention/recommendations/" + issued.id());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		catch (WorkflowConflictException ex) {
			redirect.addFlashAttribute("problems", List.of(new FieldProblem("inspectionFileId", ex.getMessage())));
		}
		return PageForms.seeOther("/detention/recommendations");
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		model.addAttribute("recommendation", tracking.get(id));
		model.addAttribute("manager", OidoRoles.isManager(Actors.require()));
		return "detention/recommendations/detail";
	}

	@PostMapping("/{id}/{step}")
	ModelAndView step(@PathVariable UUID id, @PathVariable String step, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		try {
			Long version = form.get("version") == null || form.get("version").isBlank() ? null
					: Long.valueOf(form.get("version"));
			switch (step) {
				case "responses" -> tracking.respond(id, version, form.get("response"), form.get("note"));
				case "follow-ups" -> tracking.followUp(id, version, form.get("note"));
				case "close" -> tracking.close(id, version, form.get("note"));
				default -> throw new org.casekeep.kernel.access.RecordNotFoundException("recommendation step", step);
			}
			redirect.addFlashAttribute("notice", "Saved.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("stepError", String.join(" ", ex.problems().stream().map(FieldProblem::message)
				.toList()));
		}
		catch (WorkflowConflictException | NumberFormatException ex) {
			redirect.addFlashAttribute("stepError", ex instanceof NumberFormatException ? "The version must be a number"
					: ex.getMessage());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("stepError", "Somebody else changed this recommendation since you opened it. "
					+ "Read it again, then apply your change.");
		}
		return PageForms.seeOther("/detention/recommendations/" + id);
	}

	private static UUID parse(String raw) {
		try {
			return UUID.fromString(raw.strip());
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.of("inspectionFileId", "Open the recommendation from the file's page");
		}
	}
}
