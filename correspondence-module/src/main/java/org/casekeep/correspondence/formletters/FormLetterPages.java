package org.casekeep.correspondence.formletters;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.casekeep.correspondence.office.OfficeRoles;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.validation.FieldProblem;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.kernel.web.PageForms;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
 * The form-letter library pages (Intranet Quorum): the office's letters, writing and revising them
 * with a hint listing the merge fields, the versions with submit / approve / send back, and filling an approved
 * letter in. Refusals of the workflow (409) and invalid input (422) are shown on the page as alerts.
 */
@Controller
@RequestMapping("/correspondence/form-letters")
class FormLetterPages {

	static final String VALUE_PREFIX = "values.";

	private final FormLetterLibrary library;

	FormLetterPages(FormLetterLibrary library) {
		this.library = library;
	}

	/** The library, a page of 25 by default, sorted by the column the user chose (by name). */
	@GetMapping
	String list(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, @RequestParam(required = false) @Nullable String sort,
			HttpServletRequest request, Model model) {
		FormLetterListing.ORDERS.show(model, "letters", library.library(), page, size, sort, request);
		model.addAttribute("mayWrite", mayWrite());
		return "correspondence/form-letters/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return form(model, new FormLetterForm(), null);
	}

	@PostMapping
	ModelAndView create(@ModelAttribute("form") FormLetterForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			FormLetterView created = library.create(form.toDraft());
			redirect.addFlashAttribute("notice", "Version 1 of the letter was saved as a draft.");
			return new ModelAndView("redirect:/correspondence/form-letters/" + created.id());
		}
		catch (InvalidInputException ex) {
			PageForms.reject(ex, binding);
			return PageForms.unprocessable(form(model, form, null));
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		return detail(model, library.get(id));
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		FormLetterView letter = library.get(id);
		FormLetterForm form = new FormLetterForm();
		form.setName(letter.name());
		form.setVersion(letter.version());
		if (!letter.versions().isEmpty()) {
			form.setBody(letter.versions().getLast().body());
		}
		return form(model, form, letter);
	}

	@PostMapping("/{id}")
	ModelAndView revise(@PathVariable UUID id, @ModelAttribute("form") FormLetterForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		FormLetterView letter = library.get(id);
		form.setName(letter.name());
		try {
			FormLetterView revised = library.revise(id, form.toDraft());
			redirect.addFlashAttribute("notice", "Version " + revised.versions().getLast().number() + " was saved as a draft.");
			return new ModelAndView("redirect:/correspondence/form-letters/" + id);
		}
		catch (InvalidInputException ex) {
			PageForms.reject(ex, binding);
			return PageForms.unprocessable(form(model, form, letter));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			binding.reject("conflict", "This letter was changed by someone else since you opened it. "
					+ "Reload the letter and make your change again.");
			return PageForms.conflict(form(model, form, letter));
		}
	}

	@PostMapping("/{id}/versions/{number}/submit")
	ModelAndView submit(@PathVariable UUID id, @PathVariable int number, Model model,
			RedirectAttributes redirect) {
		return step(id, model, redirect, "Version " + number + " was submitted for approval.",
				() -> library.submit(id, number));
	}

	@PostMapping("/{id}/versions/{number}/approve")
	ModelAndView approve(@PathVariable UUID id, @PathVariable int number, Model model,
			RedirectAttributes redirect) {
		return step(id, model, redirect, "Version " + number + " was approved: the letter may be used.",
				() -> library.approve(id, number));
	}

	@PostMapping("/{id}/versions/{number}/return")
	ModelAndView sendBack(@PathVariable UUID id, @PathVariable int number, Model model,
			RedirectAttributes redirect) {
		return step(id, model, redirect, "Version " + number + " was sent back to draft.",
				() -> library.sendBack(id, number));
	}

	/** Fills the approved version in; values come as {@code values.<field>} parameters. */
	@PostMapping("/{id}/fill")
	ModelAndView fill(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model) {
		FormLetterView letter = library.get(id);
		Map<String, String> values = new LinkedHashMap<>();
		params.forEach((key, value) -> {
			if (key.startsWith(VALUE_PREFIX) && value != null && !value.isBlank()) {
				values.put(key.substring(VALUE_PREFIX.length()), value.strip());
			}
		});
		model.addAttribute("fillValues", values);
		try {
			model.addAttribute("filled", library.fill(id, values));
			return new ModelAndView(detail(model, letter));
		}
		catch (InvalidInputException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			for (FieldProblem problem : ex.problems()) {
				errors.put(problem.field().startsWith(VALUE_PREFIX) ? problem.field().substring(VALUE_PREFIX.length())
						: problem.field(), problem.message());
			}
			model.addAttribute("fillErrors", errors);
			return PageForms.unprocessable(detail(model, letter));
		}
		catch (WorkflowConflictException ex) {
			model.addAttribute("letterError", ex.getMessage());
			return PageForms.conflict(detail(model, letter));
		}
	}

	// --- internals ----------------------------------------------------------------------------------------------------

	private ModelAndView step(UUID id, Model model, RedirectAttributes redirect, String notice, Step action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
			return new ModelAndView("redirect:/correspondence/form-letters/" + id);
		}
		catch (WorkflowConflictException ex) {
			model.addAttribute("letterError", ex.getMessage());
			return PageForms.conflict(detail(model, library.get(id)));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("letterError", String.join(" ", ex.problems().stream().map(FieldProblem::message).toList()));
			return PageForms.unprocessable(detail(model, library.get(id)));
		}
	}

	private String detail(Model model, FormLetterView letter) {
		model.addAttribute("letter", letter);
		model.addAttribute("mayWrite", mayWrite());
		model.addAttribute("approvedRevision", letter.versions().stream()
			.filter(r -> letter.approvedVersion() != null && r.number() == letter.approvedVersion())
			.findFirst().orElse(null));
		model.addAttribute("mergeFields", library.mergeFields());
		if (!model.containsAttribute("fillValues")) {
			model.addAttribute("fillValues", Map.of());
		}
		if (!model.containsAttribute("fillErrors")) {
			model.addAttribute("fillErrors", Map.of());
		}
		return "correspondence/form-letters/detail";
	}

	private String form(Model model, FormLetterForm form, @Nullable FormLetterView letter) {
		model.addAttribute("form", form);
		model.addAttribute("letter", letter);
		model.addAttribute("mergeFields", library.mergeFields());
		model.addAttribute("mergeFieldHint", "Merge fields, written {{name}}: " + String.join(", ",
				library.mergeFields().entrySet().stream().map(e -> "{{" + e.getKey() + "}} (" + e.getValue() + ")")
					.toList()) + ".");
		return "correspondence/form-letters/form";
	}

	private static boolean mayWrite() {
		Actor actor = Actors.require();
		return actor.hasRole(OfficeRoles.EXEC_SEC);
	}

	@FunctionalInterface
	private interface Step {
		void run();
	}
}
