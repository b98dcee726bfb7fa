package org.casekeep.survey.volunteering;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.casekeep.kernel.publicweb.FormStamps;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.kernel.web.PageForms;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Volunteer sign-up pages. Staff: {@code /research/studies/{id}/volunteers}, where the study's recruiters open and
 * close sign-up and see its public link. Public, without sign-in, in English and Spanish:
 * {@code /public/research/volunteer/{code}}, the study's title and its privacy notice's five elements before the
 * first field (PIA 4.1, footnote 4), then name, e-mail and phone, with the kernel's bot trap; the kernel's rate
 * limits apply to every {@code /public/**} request. The contact goes in the form's body, never in a URL, and nothing
 * personal is logged. An unknown or closed code, a study closed or with a gate open: one neutral "not open" page.
 */
@Controller
class VolunteerPages {

	private static final String STAFF = "research/volunteers";
	private static final String PAGE = "research/public-volunteer";
	private static final String DONE = "research/public-done";
	private static final Map<String, String> ERROR_KEYS = Map.of("name", "research.volunteer.error.name", "email",
			"research.volunteer.error.email", "phone", "research.volunteer.error.phone");

	private final VolunteerDesk desk;
	private final FormStamps stamps;

	VolunteerPages(VolunteerDesk desk, FormStamps stamps) {
		this.desk = desk;
		this.stamps = stamps;
	}

	@GetMapping("/research/studies/{id}/volunteers")
	String staff(@PathVariable UUID id, Model model) {
		model.addAttribute("signUp", desk.view(id));
		return STAFF;
	}

	@PostMapping("/research/studies/{id}/volunteers/opening")
	ModelAndView open(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> desk.open(id, version), "Volunteer sign-up opened. Share the public link below.");
	}

	@PostMapping("/research/studies/{id}/volunteers/closing")
	ModelAndView close(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> desk.close(id, version), "Volunteer sign-up closed: its link shows that it is "
				+ "not open.");
	}

	@GetMapping("/public/research/volunteer/{code}")
	ModelAndView form(@PathVariable String code) {
		return guarded(code, () -> page(code, desk.form(code), Map.of(), Map.of(), HttpStatus.OK));
	}

	@PostMapping("/public/research/volunteer/{code}")
	ModelAndView signUp(@PathVariable String code, HttpServletRequest request) {
		return guarded(code, () -> {
			VolunteerDesk.PublicForm form = desk.form(code); // not open: the neutral page before anything else
			Map<String, String> given = new LinkedHashMap<>();
			for (String field : ERROR_KEYS.keySet()) {
				String value = request.getParameter(field);
				given.put(field, value == null ? "" : value);
			}
			FormStamps.Verdict verdict = stamps.check(request.getParameter(FormStamps.STAMP),
					request.getParameter(FormStamps.HONEYPOT));
			if (verdict == FormStamps.Verdict.FORGED || verdict == FormStamps.Verdict.HONEYPOT_FILLED) {
				return new ModelAndView(DONE, Map.of("outcome", "research.done.refused"), HttpStatus.BAD_REQUEST);
			}
			if (!verdict.accepted()) {
				ModelAndView page = page(code, form, given, Map.of(), HttpStatus.UNPROCESSABLE_CONTENT);
				page.addObject("trapped", verdict == FormStamps.Verdict.EXPIRED ? "research.answer.expired"
						: "research.answer.tooFast");
				return page;
			}
			try {
				desk.signUp(code, given.get("name"), given.get("email"), given.get("phone"));
				return new ModelAndView(DONE, Map.of("outcome", "research.volunteer.thanks"), HttpStatus.OK);
			}
			catch (InvalidInputException ex) {
				Map<String, String> errors = new LinkedHashMap<>();
				ex.problems().forEach(p -> errors.putIfAbsent(p.field(), ERROR_KEYS.getOrDefault(p.field(),
						"research.volunteer.error.name")));
				return page(code, desk.form(code), given, errors, HttpStatus.UNPROCESSABLE_CONTENT);
			}
		});
	}

	private ModelAndView page(String code, VolunteerDesk.PublicForm form, Map<String, String> given,
			Map<String, String> errors, HttpStatus status) {
		ModelAndView page = new ModelAndView(PAGE, status);
		page.addObject("form", form);
		page.addObject("action", "/public/research/volunteer/" + code);
		page.addObject("given", given);
		page.addObject("errors", errors);
		page.addObject("stamp", stamps.issue());
		return page;
	}

	/** A code not open (unknown, closed, its study closed or with a gate open): the neutral page, nothing more. */
	private static ModelAndView guarded(String code, Supplier<ModelAndView> work) {
		if (code.length() > 64) {
			return notOpen();
		}
		try {
			return work.get();
		}
		catch (VolunteerDesk.NotOpenException ex) {
			return notOpen();
		}
	}

	private static ModelAndView notOpen() {
		return new ModelAndView(DONE, Map.of("outcome", "research.volunteer.notOpen"), HttpStatus.NOT_FOUND);
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
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("refusal", "Somebody else changed this meanwhile: read it again and decide on "
					+ "the current state.");
		}
		return PageForms.seeOther("/research/studies/" + id + "/volunteers");
	}
}
