package org.casekeep.kernel.web;

import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.validation.UnreadableInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Pages answer a refused or missing record with the matching error page, not a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

	@ExceptionHandler
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String denied(AccessDeniedException ex, org.springframework.ui.Model model) {
		if (ex instanceof org.casekeep.kernel.access.ExplainedAccessDenial) {
			model.addAttribute("reason", ex.getMessage());
		}
		return "error/403";
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(RecordNotFoundException ex) {
		return "error/404";
	}

	/** A form field or parameter that cannot be read as text: the 400 page says which, never what it held. */
	@ExceptionHandler
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String unreadable(UnreadableInputException ex, org.springframework.ui.Model model) {
		model.addAttribute("problem", ex.getMessage());
		return "error/400";
	}

	/** Every text-extraction slot is busy: 503 with {@code Retry-After} and the 400 page saying to send it again. */
	@ExceptionHandler
	@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
	String busy(org.casekeep.kernel.files.ExtractionBusyException ex, org.springframework.ui.Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		response.setHeader("Retry-After", Long.toString(Math.max(1, ex.retryAfter().toSeconds())));
		model.addAttribute("problem", ex.getMessage());
		return "error/400";
	}
}
