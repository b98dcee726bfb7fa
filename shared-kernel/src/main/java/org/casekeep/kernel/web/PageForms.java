package org.casekeep.kernel.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.casekeep.kernel.validation.FieldProblem;
import org.casekeep.kernel.validation.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * What every module's form pages do the same way: errors next to their fields, 422 on refusal, 409 on a conflict,
 * post/redirect/get.
 */
public final class PageForms {

	private PageForms() {
	}

	/**
	 * Puts each rejected field's message next to the field of the form bean; problems about fields the form does not
	 * have (or nested ones such as {@code records[0].subject}) go to the form as a whole, so none is lost.
	 */
	public static void reject(InvalidInputException ex, BindingResult binding) {
		Object target = binding.getTarget();
		for (FieldProblem problem : ex.problems()) {
			if (target != null && hasProperty(target.getClass(), problem.field())) {
				binding.rejectValue(problem.field(), "invalid", problem.message());
			}
			else {
				binding.reject("invalid", problem.message());
			}
		}
	}

	/** A form page shown again with its errors: 422, so that htmx swaps it and tests and tools see the refusal. */
	public static ModelAndView unprocessable(String view) {
		ModelAndView page = new ModelAndView(view);
		page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		return page;
	}

	/**
	 * A page shown again because what it acted on changed meanwhile (a stale version) or its workflow refused the step:
	 * 409, with the page saying why.
	 */
	public static ModelAndView conflict(String view) {
		ModelAndView page = new ModelAndView(view);
		page.setStatus(HttpStatus.CONFLICT);
		return page;
	}

	/** Post/redirect/get with 303 See Other; flash attributes only, never model attributes in the URL. */
	public static ModelAndView seeOther(String path) {
		RedirectView view = new RedirectView(path, true);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		view.setExposeModelAttributes(false);
		return new ModelAndView(view);
	}

	/** Whether a bean has a (possibly nested, dotted) property, e.g. {@code address.zip}. */
	private static boolean hasProperty(Class<?> type, String path) {
		Class<?> current = type;
		for (String name : path.split("\\.")) {
			var descriptor = BeanUtils.getPropertyDescriptor(current, name);
			if (descriptor == null) {
				return false;
			}
			current = descriptor.getPropertyType();
		}
		return true;
	}

	/**
	 * A date typed in a page's query or form field.
	 * @return the date, or {@literal null} when nothing was typed.
	 * @throws InvalidInputException naming the field when it is not a date as YYYY-MM-DD.
	 */
	public static @Nullable LocalDate date(@Nullable String raw, String field) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(raw.strip());
		}
		catch (DateTimeParseException ex) {
			throw InvalidInputException.of(field, "Enter the date as YYYY-MM-DD");
		}
	}
}
