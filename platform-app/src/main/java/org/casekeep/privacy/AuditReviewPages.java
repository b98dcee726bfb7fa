package org.casekeep.privacy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.review.AuditReview;
import org.casekeep.kernel.review.AuditReviews;
import org.casekeep.kernel.validation.FieldProblem;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.kernel.web.PageForms;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ISSO's weekly audit review (CRM PIA 2.4, 8.5) at {@code /privacy/audit/reviews}: the weeks with their status and
 * report, and the sign-off form. The kernel's {@link AuditReviews} decides who sees and who signs off.
 */
@Controller
@RequestMapping("/privacy/audit/reviews")
class AuditReviewPages {

	static final int WEEKS_SHOWN = 12;

	private static final String PAGE = "privacy/audit-reviews";

	private final AuditReviews reviews;

	AuditReviewPages(AuditReviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping
	String reviews(Model model) {
		return page(model, Map.of(), null);
	}

	/** Signs off the review due in {@code week} (a date of that week, YYYY-MM-DD) with an optional note. */
	@PostMapping
	ModelAndView signOff(@RequestParam(required = false) @Nullable String week,
			@RequestParam(required = false) @Nullable String note, Model model, RedirectAttributes redirect) {
		try {
			AuditReview review = reviews.signOff(date(week), note);
			redirect.addFlashAttribute("notice", "The review of the week of " + review.week() + " is signed off: "
					+ review.entries() + " entries reviewed, " + review.denials() + " refusals.");
			return PageForms.seeOther("/privacy/audit/reviews");
		}
		catch (InvalidInputException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			for (FieldProblem problem : ex.problems()) {
				errors.merge(problem.field(), problem.message(), (a, b) -> a + " " + b);
			}
			return PageForms.unprocessable(page(model, errors, note));
		}
		catch (WorkflowConflictException ex) {
			return PageForms.conflict(page(model, Map.of("week", ex.getMessage()), note));
		}
	}

	private String page(Model model, Map<String, String> errors, @Nullable String note) {
		model.addAttribute("reviews", reviews.weeks(WEEKS_SHOWN));
		model.addAttribute("maySignOff", AuditReviews.maySignOff(Actors.require()));
		model.addAttribute("errors", errors);
		model.addAttribute("typedNote", note);
		return PAGE;
	}

	private static @Nullable LocalDate date(@Nullable String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException ex) {
			throw InvalidInputException.of("week", "A date of the week, as YYYY-MM-DD");
		}
	}
}
